import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../utils/match/lexicon';
import { type PhraseNode, phraseTrie } from '../../../utils/match/phrase-trie';

/** The node a phrase key's words lead to, if any. */
function walk(root: Map<string, PhraseNode>, key: string): PhraseNode | undefined {
  let level: Map<string, PhraseNode> | undefined = root;
  let node: PhraseNode | undefined;
  for (const word of key.split(' ')) {
    node = level?.get(word);
    if (!node) return undefined;
    level = node.next;
  }
  return node;
}

describe('phrase trie', () => {
  it('reaches every phrase of the lexicon with what its tables give it', () => {
    const lex = lexicon();
    const root = phraseTrie(lex);
    for (const [key, concepts] of lex.phrases) expect(walk(root, key)?.concepts).toBe(concepts);
    for (const [key, tool] of lex.toolPhrases) {
      const node = walk(root, key);
      expect(node?.tool).toBe(tool);
      expect(node?.ambiguous).toBe(lex.ambiguous.has(key));
    }
  });

  it('has no path the tables lack: a node names something or leads on', () => {
    const visit = (level: Map<string, PhraseNode>) => {
      for (const node of level.values()) {
        expect(node.tool !== undefined || node.concepts !== undefined || node.next !== undefined).toBe(true);
        if (node.next) {
          expect(node.next.size).toBeGreaterThan(0);
          visit(node.next);
        }
      }
    };
    visit(phraseTrie(lexicon()));
  });
});
