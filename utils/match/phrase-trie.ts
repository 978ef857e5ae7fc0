/**
 * The lexicon's phrase tables as a trie of words: a title is walked word by word from each position,
 * so the walk stops at the first word no phrase continues with, and no phrase key string is built.
 * A path of n words reaches the same entries as the table key of those n words joined by spaces.
 */
import type { Lexicon } from './lexicon';

/** A phrase of one or more words: what the phrase ending here names, and the words that may follow. */
export interface PhraseNode {
  /** Tool the name table gives the phrase. */
  tool: string | undefined;
  /** The tool's spelling is an ordinary word too: a name only next to a context word ("go"). */
  ambiguous: boolean;
  /** Concepts the glossary gives the phrase. */
  concepts: string[] | undefined;
  /** The words that continue a longer phrase; undefined when none does. */
  next: Map<string, PhraseNode> | undefined;
}

function nodeAt(root: Map<string, PhraseNode>, key: string): PhraseNode {
  let level = root;
  let node: PhraseNode | undefined;
  for (const word of key.split(' ')) {
    node = level.get(word);
    if (!node) {
      // every field set, in one order: one shape for all nodes keeps the hot loop monomorphic
      node = { tool: undefined, ambiguous: false, concepts: undefined, next: undefined };
      level.set(word, node);
    }
    level = node.next ??= new Map();
  }
  return node!;
}

function buildTrie(lex: Lexicon): Map<string, PhraseNode> {
  const root = new Map<string, PhraseNode>();
  for (const [key, tool] of lex.toolPhrases) {
    const node = nodeAt(root, key);
    node.tool = tool;
    if (lex.ambiguous.has(key)) node.ambiguous = true;
  }
  for (const [key, concepts] of lex.phrases) nodeAt(root, key).concepts = concepts;
  // drop the empty maps of the last words, so `next` says whether a longer phrase exists
  const prune = (level: Map<string, PhraseNode>) => {
    for (const node of level.values()) {
      if (node.next?.size === 0) node.next = undefined;
      else if (node.next) prune(node.next);
    }
  };
  prune(root);
  return root;
}

let cache: { lex: Lexicon; root: Map<string, PhraseNode> } | undefined;
export function phraseTrie(lex: Lexicon): Map<string, PhraseNode> {
  if (cache?.lex !== lex) cache = { lex, root: buildTrie(lex) };
  return cache.root;
}
