/**
 * Curated names of software, products, languages and brands (historically called "tools" in the code):
 * kept whole (never stemmed, never translated) and grouped into families,
 * so the scorer can tell "same skill, other tool" (Photoshop vs GIMP) from "same tool".
 * Each row: canonical name, family, then the spellings people use (misspellings included).
 */

export type ToolFamily =
  | 'design'
  | 'office'
  | 'video'
  | 'audio'
  | 'language'
  | 'framework'
  | 'cms'
  | 'database'
  | 'social'
  | 'cloud'
  | 'accounting'
  | 'cad'
  | 'data'
  | 'marketplace'
  | 'devops'
  | 'network'
  | 'os'
  | 'brand'
  | 'other';

export interface Tool {
  name: string;
  family: ToolFamily;
  aliases: readonly string[];
  /** Spellings that are ordinary words too ("go", "r"): a name only next to a context word. */
  ambiguous?: readonly string[];
}

import { GENERATED_NAMES } from './names.generated';

const TABLE = `
photoshop       | design     | photoshop, adobe photoshop, photoshop cc, photoshop cs, photoshop cs6, ps cc
illustrator     | design     | illustrator, adobe illustrator
coreldraw       | design     | coreldraw, corel draw, corel, coreldraw x7, corel x7, coreldraw graphics suite
indesign        | design     | indesign, adobe indesign
lightroom       | design     | lightroom, adobe lightroom, photoshop lightroom
gimp            | design     | gimp
inkscape        | design     | inkscape
canva           | design     | canva
figma           | design     | figma
sketch app      | design     | sketch app, sketchapp, bohemian sketch
adobe xd        | design     | adobe xd, xd
axure           | design     | axure, axure rp
affinity        | design     | affinity designer, affinity photo
procreate       | design     | procreate
krita           | design     | krita
adobe animate   | design     | adobe animate, animate cc, flash animation, adobe flash
toon boom       | design     | toon boom, toonboom
after effects   | video      | after effects, adobe after effects, ae cc
premiere        | video      | premiere, premiere pro, adobe premiere
final cut       | video      | final cut, final cut pro, fcpx
davinci resolve | video      | davinci resolve, davinci
filmora         | video      | filmora
capcut          | video      | capcut
imovie          | video      | imovie
camtasia        | video      | camtasia
blender         | cad        | blender
maya            | cad        | maya, autodesk maya
3ds max         | cad        | 3ds max, 3dsmax, 3d max
autocad         | cad        | autocad, auto cad, autodesk autocad
sketchup        | cad        | sketchup, sketch up
revit           | cad        | revit
solidworks      | cad        | solidworks
fl studio       | audio      | fl studio
ableton         | audio      | ableton, ableton live
logic pro       | audio      | logic pro, logic pro x
pro tools       | audio      | pro tools, protools
garageband      | audio      | garageband
cubase          | audio      | cubase
msword          | office     | word, ms word, microsoft word, msword, word processor
excel           | office     | excel, excell, ms excel, microsoft excel, ms excell, microsoft excell
powerpoint      | office     | powerpoint, power point, ms powerpoint, microsoft powerpoint, ppt
outlook         | office     | outlook, microsoft outlook
access          | office     | microsoft access, ms access
google docs     | office     | google docs, google doc
google sheets   | office     | google sheets, google sheet, google spreadsheet, google spreadsheets
google workspace| office     | google workspace, g suite, gsuite
prezi           | office     | prezi
keynote         | office     | keynote
python          | language   | python, python3
java            | language   | java
javascript      | language   | javascript, java script, js, ecmascript, es6, vanilla js, vanilla javascript
typescript      | language   | typescript
php             | language   | php
go              | language   | golang, google go, go lang
ruby            | language   | ruby
c#              | language   | c#, csharp, c sharp
c++             | language   | c++, cpp
c language      | language   | c programming, c language, bahasa c
kotlin          | language   | kotlin
swift           | language   | swift
dart            | language   | dart
r language      | language   | r programming, r language, bahasa r, rstudio
scala           | language   | scala
rust            | language   | rust
perl            | language   | perl
html            | language   | html, html5
css             | language   | css, css3
sql             | language   | sql
solidity        | language   | solidity
vba             | language   | vba, excel vba, macros, macro
react           | framework  | react, reactjs, react js
react native    | framework  | react native
angular         | framework  | angular, angularjs, angular js
vue             | framework  | vue, vuejs, vue js
nodejs          | framework  | node, nodejs, node js
express         | framework  | express, expressjs
laravel         | framework  | laravel
codeigniter     | framework  | codeigniter, code igniter, ci4, ci3
django          | framework  | django
flask           | framework  | flask
spring          | framework  | spring, spring boot, springboot, spring framework
flutter         | framework  | flutter
ionic           | framework  | ionic
bootstrap       | framework  | bootstrap
jquery          | framework  | jquery
rails           | framework  | rails, ruby on rails
dotnet          | framework  | dotnet, asp net, aspnet, net core
redux           | framework  | redux
nextjs          | framework  | nextjs, next js
tailwind        | framework  | tailwind, tailwindcss
unity           | framework  | unity, unity3d
unreal          | framework  | unreal, unreal engine
tensorflow      | framework  | tensorflow
pytorch         | framework  | pytorch
pandas          | framework  | pandas
baileys         | framework  | baileys
wordpress       | cms        | wordpress, wp, word press
wix             | cms        | wix
squarespace     | cms        | squarespace
joomla          | cms        | joomla
drupal          | cms        | drupal
shopify         | cms        | shopify
woocommerce     | cms        | woocommerce
blogger         | cms        | blogger, blogspot
mysql           | database   | mysql, my sql
postgresql      | database   | postgresql, postgres
mongodb         | database   | mongodb, mongo
oracle          | database   | oracle
sql server      | database   | sql server, mssql
sqlite          | database   | sqlite
firebase        | database   | firebase
facebook        | social     | facebook, fb
instagram       | social     | instagram, ig
tiktok          | social     | tiktok, tik tok
youtube         | social     | youtube, you tube
twitter         | social     | twitter
linkedin        | social     | linkedin
pinterest       | social     | pinterest
whatsapp        | social     | whatsapp, whats app, wa
telegram        | social     | telegram
google ads      | social     | google ads, adwords, google adwords
google analytics| social     | google analytics
etsy            | marketplace| etsy
amazon          | marketplace| amazon, amazon fba, kindle
ebay            | marketplace| ebay
shopee          | marketplace| shopee
tokopedia       | marketplace| tokopedia
aws             | cloud      | aws, amazon web services
azure           | cloud      | azure, microsoft azure
google cloud    | cloud      | google cloud, gcp, google cloud platform
docker          | devops     | docker
kubernetes      | devops     | kubernetes, k8s
jenkins         | devops     | jenkins
git             | devops     | git, github, gitlab
jira            | devops     | jira, atlassian jira
linux           | os         | linux, ubuntu
windows         | os         | windows, microsoft windows
android         | os         | android
ios             | os         | ios, iphone, ipad
macos           | os         | macos, mac os
cisco           | network    | cisco, ccna, ccnp
mikrotik        | network    | mikrotik
sap             | accounting | sap
quickbooks      | accounting | quickbooks, quick books
xero            | accounting | xero
myob            | accounting | myob
accurate        | accounting | accurate accounting
zahir           | accounting | zahir
tableau         | data       | tableau
power bi        | data       | power bi, powerbi
knime           | data       | knime
spss            | data       | spss
stata           | data       | stata
matlab          | data       | matlab
hadoop          | data       | hadoop
spark           | data       | spark, apache spark
chatgpt         | other      | chatgpt, chat gpt, openai
arduino         | other      | arduino
raspberry pi    | other      | raspberry pi, raspberry
salesforce      | other      | salesforce
hubspot         | other      | hubspot
mailchimp       | other      | mailchimp
zoom            | other      | zoom
`;

/** The curated rows: names with a real family (Photoshop ~ GIMP) and the spellings people use. */
export const CURATED_NAMES: readonly Tool[] = TABLE.trim()
  .split('\n')
  .map((line) => line.split('|').map((cell) => cell.trim()))
  .map(([name, family, aliases]) => ({
    name: name!,
    family: family as ToolFamily,
    aliases: aliases!.split(',').map((alias) => alias.trim()),
  }));

/**
 * The skill a tool is for: a Photoshop course is, a little, a graphic design and photo editing course;
 * a React course a front-end one. Used like the glossary's broader concepts (reduced weight), so a course
 * that names only the tool still meets a query that names the skill. The first skill is what the tool
 * is made for (Photoshop: photo editing; HTML: a website): a course on the tool covers that skill for a
 * query that names it and no tool. One line per tool, general knowledge of what each tool does, not of
 * any course title.
 */
const SKILLS = `
photoshop       > photo editing, graphic design
illustrator     > graphic design, illustration
coreldraw       > graphic design
indesign        > layout, graphic design
lightroom       > photo editing, photography
gimp            > photo editing, graphic design
inkscape        > graphic design, illustration
canva           > graphic design
affinity        > graphic design
figma           > ui design
sketch app      > ui design
adobe xd        > ui design, prototyping
axure           > prototyping, ux design
procreate       > digital painting, illustration
krita           > digital painting
adobe animate   > animation, 2d
toon boom       > animation, 2d
after effects   > animation, video editing
premiere        > video editing
final cut       > video editing
davinci resolve > video editing
filmora         > video editing
capcut          > video editing
imovie          > video editing
camtasia        > video editing
blender         > 3d, animation
maya            > 3d, animation
3ds max         > 3d
autocad         > cad
sketchup        > cad, 3d
revit           > cad, architecture
solidworks      > cad
fl studio       > music production
ableton         > music production
logic pro       > music production
pro tools       > music production
garageband      > music production
cubase          > music production
msword          > word processing
excel           > spreadsheet
google sheets   > spreadsheet
google docs     > word processing
powerpoint      > presentation
prezi           > presentation
keynote         > presentation
google workspace > office software
access          > database
python          > programming
java            > programming
javascript      > programming
typescript      > programming, javascript
php             > programming, backend
go              > programming
ruby            > programming
c#              > programming
c++             > programming
c language      > programming
kotlin          > programming, mobile app
swift           > programming, mobile app
dart            > programming
r language      > programming, statistics
scala           > programming
rust            > programming
perl            > programming
html            > website, web development
css             > website, web development
sql             > database
solidity        > blockchain
vba             > spreadsheet, programming
react           > frontend, javascript
angular         > frontend, javascript
vue             > frontend, javascript
jquery          > frontend, javascript
nextjs          > frontend, react
redux           > react
bootstrap       > frontend, css
tailwind        > frontend, css
nodejs          > backend, javascript
express         > backend, nodejs
laravel         > backend, php
codeigniter     > backend, php
django          > backend, python
flask           > backend, python
rails           > backend, ruby
spring          > backend, java
dotnet          > backend, c#
flutter         > mobile app, dart
react native    > mobile app, react
ionic           > mobile app
android         > mobile app
ios             > mobile app
unity           > game development
unreal          > game development
tensorflow      > machine learning
pytorch         > machine learning
pandas          > data analysis, python
wordpress       > website, cms
wix             > website
squarespace     > website
joomla          > website, cms
drupal          > website, cms
shopify         > ecommerce, website
woocommerce     > ecommerce, wordpress
blogger         > blogging
mysql           > database, sql
postgresql      > database, sql
sql server      > database, sql
sqlite          > database, sql
oracle          > database
mongodb         > database
firebase        > database
facebook        > social media
instagram       > social media
tiktok          > social media
twitter         > social media
linkedin        > social media
pinterest       > social media
youtube         > social media, video
google ads      > advertising, digital marketing
google analytics > digital marketing, data analysis
etsy            > marketplace, ecommerce
amazon          > marketplace, ecommerce
ebay            > marketplace, ecommerce
shopee          > marketplace, ecommerce
tokopedia       > marketplace, ecommerce
aws             > cloud computing
azure           > cloud computing
google cloud    > cloud computing
docker          > devops
kubernetes      > devops
jenkins         > devops
jira            > project management
linux           > operating system
windows         > operating system
macos           > operating system
cisco           > networking
mikrotik        > networking
quickbooks      > accounting, bookkeeping
xero            > accounting, bookkeeping
myob            > accounting, bookkeeping
accurate        > accounting, bookkeeping
zahir           > accounting, bookkeeping
tableau         > data visualization
power bi        > data visualization, business intelligence
knime           > data analysis
spss            > statistics
stata           > statistics
hadoop          > big data
spark           > big data
chatgpt         > artificial intelligence
arduino         > iot
raspberry pi    > iot
hubspot         > digital marketing
mailchimp       > email marketing
salesforce      > sales
`;

/** tool name → the skills it implies. */
export const TOOL_SKILLS: ReadonlyMap<string, readonly string[]> = new Map(
  SKILLS.trim()
    .split('\n')
    .map((line) => line.split('>').map((cell) => cell.trim()))
    .map(([name, skills]) => [name!, skills!.split(',').map((skill) => skill.trim())] as const),
);

/**
 * Every name: the curated rows, with the spellings the generated table (names.generated.ts, from
 * linguist-languages and simple-icons) adds to them, then the generated names the curated table lacks.
 */
export const TOOLS: readonly Tool[] = mergeNames(CURATED_NAMES, GENERATED_NAMES);

export function mergeNames(curated: readonly Tool[], generated: string): Tool[] {
  const byName = new Map(
    curated.map((tool) => [tool.name, { ...tool, aliases: [...tool.aliases], ambiguous: [] as string[] }]),
  );
  for (const line of generated.split('\n')) {
    const [name, family, spellings] = line.split('|');
    if (!name || spellings === undefined) continue;
    const known = byName.get(name);
    const tool = known ?? { name, family: (family || 'brand') as ToolFamily, aliases: [], ambiguous: [] };
    for (const spelling of spellings.split(',')) {
      if (!spelling) continue;
      if (spelling.startsWith('?')) tool.ambiguous.push(spelling.slice(1));
      else tool.aliases.push(spelling);
    }
    if (!known) byName.set(name, tool);
  }
  return [...byName.values()];
}

const BY_NAME = new Map(TOOLS.map((tool) => [tool.name, tool]));

export function toolFamily(name: string): ToolFamily | undefined {
  return BY_NAME.get(name)?.family;
}

export function isTool(concept: string): boolean {
  return BY_NAME.has(concept);
}
