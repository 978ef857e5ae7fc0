/**
 * Pages in markup nobody has seen, with their truth: a seeded generator of listing, table and detail
 * pages (random class names, nesting and wrappers, Indonesian and English label wording, truncated
 * titles, carousels that repeat cards, calls to action, hidden template dialogs, balance banners).
 * The capture heuristics are tuned on one seed range and judged on another (scripts/eval-capture.ts),
 * so a rule that only fits the layouts it was tuned on shows up as a lower score.
 */

export interface TruthCourse {
  title: string;
  url: string;
  /** What a buyer pays, in rupiah (0 = free); undefined when the page shows no price. */
  price?: number;
  provider?: string;
}

export interface GeneratedPage {
  seed: number;
  kind: 'listing' | 'table' | 'detail' | 'home';
  url: string;
  html: string;
  courses: TruthCourse[];
}

/** mulberry32: a small, fast, seedable generator; the same seed always gives the same page. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return { next, int, pick, chance, shuffle };
}
type Rng = ReturnType<typeof random>;

const SKILLS = [
  'Microsoft Excel',
  'Desain Grafis',
  'Digital Marketing',
  'Public Speaking',
  'Akuntansi',
  'Fotografi Produk',
  'Barista',
  'Menjahit',
  'Bahasa Inggris',
  'Python',
  'Data Analysis',
  'Copywriting',
  'Tata Rias',
  'Pemrograman Web',
  'Manajemen Keuangan',
  'Video Editing',
  'Customer Service',
  'Budidaya Ikan',
  'Teknisi AC',
  'Social Media',
];
const ROLES = [
  'Staf Administrasi',
  'Desainer Grafis',
  'Pemasar Digital',
  'Wirausaha',
  'Barista',
  'Penjahit',
  'Teknisi',
  'Analis Data',
  'Content Creator',
  'Pegawai Kantor',
  'Beginners',
  'Professionals',
];
const OPENERS = [
  'Belajar',
  'Menguasai',
  'Dasar-dasar',
  'Teknik',
  'Strategi',
  'Pelatihan',
  'Mastering',
  'Kelas',
];
const PROVIDER_WORDS = ['Cakap', 'Maju', 'Bina', 'Karya', 'Nusantara', 'Cerdas', 'Prima', 'Mandiri', 'Skill'];
const PROVIDER_KINDS = ['LPK', 'Akademi', 'Institut', 'PT', 'Lembaga', 'Studio'];
const CTAS = ['Beli', 'Beli Sekarang', 'Daftar', 'Lihat Detail', 'Selengkapnya', 'Ikuti Kelas', 'Enroll now'];
const BADGES = ['Terlaris', 'Baru', 'Promo', 'Diskon 50%', 'Bestseller', 'Populer'];
const MODES = ['Webinar', 'LMS', 'Luring - Kota Bandung', 'Self-paced', 'Daring'];
const SECTIONS = [
  'Pelatihan Terpopuler',
  'Diskon Besar',
  'Rekomendasi Untukmu',
  'Serba 20 Ribu',
  'Popular courses',
  'Kelas Gratis',
];
const HOSTS = ['kursus.example.id', 'belajar.example.com', 'akademi.example.co.id', 'skills.example.org'];
const PATHS = ['kelas', 'pelatihan', 'course', 'courses', 'training', 'produk', 'p'];

const cls = (rng: Rng) =>
  Array.from({ length: rng.int(0, 2) }, () =>
    Array.from({ length: rng.int(3, 8) }, () => 'abcdefghijklmnopqrstuvwxyz'[rng.int(0, 25)]).join(''),
  ).join(' ');
const attr = (rng: Rng) => {
  const names = cls(rng);
  return names ? ` class="${names}"` : '';
};
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Wrap `inner` in 0..max anonymous elements with random classes. */
function wrap(rng: Rng, inner: string, max = 2): string {
  let html = inner;
  for (let i = rng.int(0, max); i > 0; i -= 1) {
    const tag = rng.pick(['div', 'div', 'section', 'span']);
    html = tag === 'span' ? `<div${attr(rng)}>${html}</div>` : `<${tag}${attr(rng)}>${html}</${tag}>`;
  }
  return html;
}

function rupiah(rng: Rng, amount: number): string {
  const dotted = amount.toLocaleString('id-ID');
  const style = rng.int(0, 5);
  if (style === 0) return `Rp ${dotted}`;
  if (style === 1) return `Rp${dotted}`;
  if (style === 2) return `IDR ${dotted}`;
  if (style === 3) return `Rp ${dotted},-`;
  if (style === 4 && amount % 1000 === 0 && amount < 1_000_000) return `Rp ${amount / 1000}rb`;
  return `Rp. ${dotted}`;
}

interface Course extends TruthCourse {
  mode: string;
  listPrice?: number;
  hours?: number;
}

function makeCourse(rng: Rng, host: string, path: string, used: Set<string>): Course {
  let title = '';
  do {
    const skill = rng.pick(SKILLS);
    const form = rng.int(0, 4);
    title =
      form === 0
        ? `${rng.pick(OPENERS)} ${skill} untuk ${rng.pick(ROLES)}`
        : form === 1
          ? `${skill} ${rng.pick(['Dasar', 'Lanjutan', 'for Beginners', 'Praktis', 'Profesional'])}`
          : form === 2
            ? `${rng.pick(OPENERS)} ${skill} dan ${rng.pick(SKILLS)} bagi ${rng.pick(ROLES)} ${rng.pick(['Pemula', 'di Era Digital', 'dengan Cepat', `Angkatan ${rng.int(1, 9)}`])}`
            : form === 3
              ? `${skill}: ${rng.pick(['Panduan Lengkap', 'Complete Guide', 'Dari Nol', 'Studi Kasus'])}`
              : `${rng.pick(OPENERS)} ${skill}`;
  } while (used.has(title));
  used.add(title);
  const free = rng.chance(0.12);
  const price = free ? 0 : rng.int(2, 120) * 5000 * (rng.chance(0.3) ? 10 : 1);
  const id = rng.chance(0.3) ? `?id=${rng.int(100, 99999)}` : `-${rng.int(10, 999)}`;
  const url = id.startsWith('?')
    ? `https://${host}/${path}/detail.html${id}`
    : `https://${host}/${path}/${slug(title)}${id}`;
  return {
    title,
    url,
    price,
    provider: rng.chance(0.9)
      ? `${rng.pick(PROVIDER_KINDS)} ${rng.pick(PROVIDER_WORDS)} ${rng.pick(PROVIDER_WORDS)}`
      : undefined,
    listPrice: !free && rng.chance(0.4) ? price * 2 : undefined,
    mode: rng.pick(MODES),
    hours: rng.chance(0.6) ? rng.int(2, 40) : undefined,
  };
}

/** One course card in one of several shapes. */
function card(rng: Rng, course: Course, look: CardLook): string {
  const truncate = look.truncate && course.title.length > 28 && rng.chance(0.6);
  const shown = truncate ? `${course.title.slice(0, rng.int(18, 26)).trimEnd()}…` : course.title;
  const full = esc(course.title);
  // A button-only card has no link to carry the full title: the cut title carries it itself.
  const fullIn =
    look.link === 'cta' && (look.fullIn === 'aria' || look.fullIn === 'link') ? 'title' : look.fullIn;
  const titleAttr = truncate ? fullIn : 'none';
  const titleTag = look.titleTag;
  const title = `<${titleTag}${attr(rng)}${titleAttr === 'title' ? ` title="${full}"` : ''}>${esc(shown)}</${titleTag}>`;
  const image = `<img src="/img/${slug(course.title)}.jpg" alt="${look.altTitle || titleAttr === 'alt' ? full : ''}">`;
  const price = course.price === 0 ? 'Gratis' : rupiah(rng, course.price!);
  const struck = course.listPrice
    ? look.struck === 'del'
      ? `<del>${rupiah(rng, course.listPrice)}</del>`
      : `<span style="text-decoration:line-through">${rupiah(rng, course.listPrice)}</span>`
    : '';
  const priceHtml =
    look.splitCurrency && course.price
      ? `<div${attr(rng)}>${struck} <span>Rp</span><span>${course.price.toLocaleString('id-ID')}</span></div>`
      : `<div${attr(rng)}>${struck} <span${attr(rng)}>${price}</span></div>`;
  let provider = '';
  if (course.provider) {
    const name = esc(course.provider);
    provider =
      look.provider === 'logo'
        ? `<div${attr(rng)}><img src="/logo/${slug(course.provider)}.png" alt="${name}"><span${attr(rng)}>${name}</span></div>`
        : look.provider === 'oleh'
          ? `<p${attr(rng)}>${rng.pick(['oleh', 'Oleh', 'by'])} ${name}</p>`
          : look.provider === 'label'
            ? `<p${attr(rng)}>${rng.pick(['Lembaga', 'Lembaga Pelatihan', 'Provider', 'Penyelenggara'])}: ${name}</p>`
            : `<small${attr(rng)}>${name}</small>`;
  }
  const overlay = look.overlay
    ? `<div${attr(rng)}>${image}<div${attr(rng)}>${provider}<span${attr(rng)}>${rng.pick(BADGES)}</span></div></div>`
    : image;
  const facts = [
    rng.chance(0.5) ? `<span${attr(rng)}>${course.mode}</span>` : '',
    course.hours ? `<span>${course.hours} ${rng.pick(['JP', 'Jam', 'jam'])}</span>` : '',
    rng.chance(0.4) ? `<span>${rng.int(35, 50) / 10} (${rng.int(3, 2000)} ulasan)</span>` : '',
  ].join(' ');
  const href = new URL(course.url).pathname + new URL(course.url).search;
  const cta = look.cta
    ? rng.chance(0.5)
      ? `<a href="${esc(href)}"${attr(rng)}>${rng.pick(CTAS)}</a>`
      : `<button type="button">${rng.pick(CTAS)}</button>`
    : '';
  const body = `${look.overlay ? '' : provider}${wrap(rng, title, 1)}<div${attr(rng)}>${facts}</div>${wrap(rng, priceHtml, 1)}`;
  const tag = look.listTag;
  if (look.link === 'whole') {
    const aria =
      titleAttr === 'aria' ? ` aria-label="${full}"` : titleAttr === 'link' ? ` title="${full}"` : '';
    return `<${tag}${attr(rng)}><a href="${esc(href)}"${aria}${attr(rng)}>${overlay}${wrap(rng, body, 1)}</a>${cta}</${tag}>`;
  }
  if (look.link === 'title') {
    const aria =
      titleAttr === 'aria' ? ` aria-label="${full}"` : titleAttr === 'link' ? ` title="${full}"` : '';
    const linked = `<a href="${esc(href)}"${aria}>${title}</a>`;
    const bodyLinked = `${look.overlay ? '' : provider}${wrap(rng, linked, 1)}<div${attr(rng)}>${facts}</div>${wrap(rng, priceHtml, 1)}`;
    return `<${tag}${attr(rng)}>${overlay}${wrap(rng, bodyLinked, 1)}${cta}</${tag}>`;
  }
  if (look.link === 'cta') {
    // No link but the button: the title is plain text.
    const button = `<a href="${esc(href)}"${attr(rng)}>${rng.pick(CTAS)}</a>`;
    return `<${tag}${attr(rng)}>${overlay}${wrap(rng, body, 1)}${button}</${tag}>`;
  }
  // image link + call to action to the same page
  const aria = titleAttr === 'aria' || titleAttr === 'link' ? ` aria-label="${full}"` : '';
  return `<${tag}${attr(rng)}><a href="${esc(href)}"${aria}>${overlay}</a>${wrap(rng, body, 1)}<a href="${esc(href)}">${rng.pick(CTAS)}</a></${tag}>`;
}

interface CardLook {
  link: 'whole' | 'title' | 'image' | 'cta';
  titleTag: string;
  truncate: boolean;
  fullIn: 'title' | 'aria' | 'alt' | 'link';
  altTitle: boolean;
  provider: 'logo' | 'oleh' | 'label' | 'plain';
  overlay: boolean;
  struck: 'del' | 'style';
  splitCurrency: boolean;
  cta: boolean;
  listTag: string;
}

function cardLook(rng: Rng): CardLook {
  const link = rng.pick(['whole', 'title', 'image', 'cta'] as const);
  const provider = rng.pick(['logo', 'oleh', 'label', 'plain'] as const);
  return {
    link,
    titleTag: rng.pick(['h2', 'h3', 'h4', 'h5', 'div', 'span', 'p', 'strong']),
    truncate: rng.chance(0.4),
    fullIn: rng.pick(['title', 'aria', 'alt', 'link'] as const),
    altTitle: rng.chance(0.3),
    provider,
    overlay: provider === 'logo' && rng.chance(0.6),
    struck: rng.pick(['del', 'style'] as const),
    splitCurrency: rng.chance(0.15),
    cta: rng.chance(0.5),
    listTag: rng.pick(['div', 'li', 'article', 'div']),
  };
}

function shelf(rng: Rng, courses: Course[], look: CardLook, heading: string, listingHref: string): string {
  const container = look.listTag === 'li' ? 'ul' : 'div';
  const cards = courses.map((course) => wrap(rng, card(rng, course, look), 1));
  // A carousel repeats a few cards as clones at both ends.
  if (rng.chance(0.4) && courses.length > 2) {
    cards.unshift(card(rng, courses[courses.length - 1]!, look));
    cards.push(card(rng, courses[0]!, look));
  }
  const headTag = rng.pick(['h2', 'h3', 'h4']);
  const head = heading
    ? `<div${attr(rng)}><${headTag}>${heading}</${headTag}><a href="${listingHref}">${rng.pick(['Lihat Semua', 'Lihat semua', 'See all'])}</a></div>`
    : '';
  return `<section${attr(rng)}>${head}<${container}${attr(rng)}>${cards.join('')}</${container}></section>`;
}

function chrome(rng: Rng, title: string, main: string, host: string): string {
  const nav = `<header${attr(rng)}><a href="/"><img src="/logo.png" alt="Logo"></a><nav><a href="/">Beranda</a> <a href="/${rng.pick(PATHS)}">Pelatihan</a> <a href="/tentang">Tentang Kami</a> <a href="/masuk">Masuk</a></nav>${rng.chance(0.5) ? `<div${attr(rng)}>Saldo kamu ${rupiah(rng, 3_500_000)}</div>` : ''}</header>`;
  const dialog = rng.chance(0.6)
    ? `<div${attr(rng)} aria-hidden="true" style="display:none"><div${attr(rng)}><h3>{{ course.title }}</h3><p>oleh {{ course.provider }}</p><span>Rp {{ course.price }}</span><a href="/${rng.pick(PATHS)}/{{course.slug}}">Beli</a></div></div>`
    : '';
  const footer = `<footer${attr(rng)}><a href="/kebijakan">Kebijakan Privasi</a> <a href="/faq">FAQ</a> © ${host}</footer>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>${nav}<main${attr(rng)}>${main}</main>${dialog}${footer}</body></html>`;
}

function listingPage(seed: number, rng: Rng, home: boolean): GeneratedPage {
  const host = rng.pick(HOSTS);
  const path = rng.pick(PATHS);
  const used = new Set<string>();
  const pool = Array.from({ length: rng.int(home ? 8 : 6, home ? 24 : 30) }, () =>
    makeCourse(rng, host, path, used),
  );
  const look = cardLook(rng);
  const listingHref = `/${path}`;
  let main: string;
  if (home) {
    // Shelves of overlapping courses: a course on two shelves is still one course.
    const shelves: string[] = [];
    for (let i = 0; i < rng.int(2, 4); i += 1) {
      const count = rng.int(3, Math.min(10, pool.length));
      const start = rng.int(0, pool.length - count);
      shelves.push(shelf(rng, pool.slice(start, start + count), look, rng.pick(SECTIONS), listingHref));
    }
    // Every course in the truth is on the page.
    shelves.push(shelf(rng, pool, look, rng.pick(SECTIONS), listingHref));
    main = `<div${attr(rng)}><h1>${rng.pick(['Selamat datang', 'Tingkatkan skill kamu'])}</h1><p>Temukan pelatihan terbaik.</p><a href="${listingHref}">Lihat Katalog</a></div>${shelves.join('')}`;
  } else {
    main = `<h1>${rng.pick(['Katalog Pelatihan', 'Semua Kelas', 'Courses', 'Daftar Pelatihan'])}</h1><div${attr(rng)}><span>Urutkan</span> <a href="?sort=baru">Terbaru</a> <a href="?sort=harga">Harga</a></div>${shelf(rng, pool, look, '', listingHref)}<nav${attr(rng)}><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=2">Berikutnya</a></nav>`;
  }
  const url = home ? `https://${host}/` : `https://${host}${listingHref}`;
  return {
    seed,
    kind: home ? 'home' : 'listing',
    url,
    html: chrome(rng, home ? 'Beranda' : 'Katalog', main, host),
    courses: pool.map(({ title, url: courseUrl, price, provider }) => ({
      title,
      url: courseUrl,
      price,
      provider,
    })),
  };
}

const HEADERS = {
  title: ['Judul Pelatihan', 'Nama Pelatihan', 'Pelatihan', 'Course', 'Title', 'Judul'],
  provider: ['Lembaga', 'Lembaga Pelatihan', 'Provider', 'Institution', 'Penyelenggara'],
  platform: ['Mitra', 'Platform', 'Mitra Platform'],
  mode: ['Metode', 'Mode', 'Moda'],
  hours: ['Durasi', 'Duration', 'Durasi (JP)'],
  price: ['Harga', 'Price', 'Biaya'],
};

function tablePage(seed: number, rng: Rng): GeneratedPage {
  const host = rng.pick(HOSTS);
  const path = rng.pick(PATHS);
  const used = new Set<string>();
  const courses = Array.from({ length: rng.int(4, 25) }, () => makeCourse(rng, host, path, used));
  const columns = rng.shuffle(['title', 'provider', 'platform', 'mode', 'hours', 'price'] as const);
  const linked = rng.chance(0.8);
  const headerCell = rng.chance(0.7) ? 'th' : 'td';
  const head = `<tr>${columns.map((column) => `<${headerCell}>${rng.pick(HEADERS[column])}</${headerCell}>`).join('')}</tr>`;
  const rows: string[] = [];
  let category = '';
  for (const course of courses) {
    if (rng.chance(0.15)) {
      category = rng.pick(['Bisnis', 'Teknologi', 'Kreatif', 'Bahasa']);
      rows.push(`<tr><td colspan="${columns.length}"><b>Kategori: ${category}</b></td></tr>`);
    }
    const cells = columns.map((column) => {
      switch (column) {
        case 'title': {
          const href = new URL(course.url).pathname + new URL(course.url).search;
          return linked ? `<a href="${esc(href)}">${esc(course.title)}</a>` : esc(course.title);
        }
        case 'provider':
          return esc(course.provider ?? '-');
        case 'platform':
          return rng.pick(['Tokoku', 'Pasar Kelas', 'Belajarin']);
        case 'mode':
          return course.mode;
        case 'hours':
          return course.hours ? `${course.hours} JP` : '-';
        default:
          return course.price === 0 ? 'Gratis' : rupiah(rng, course.price!);
      }
    });
    rows.push(`<tr${attr(rng)}>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
  }
  const total = courses.reduce((sum, course) => sum + (course.price ?? 0), 0);
  rows.push(
    `<tr>${columns.map((column, i) => `<td>${i === 0 ? 'Total' : column === 'price' ? rupiah(rng, total) : ''}</td>`).join('')}</tr>`,
  );
  const thead = rng.chance(0.6)
    ? `<thead>${head}</thead><tbody>${rows.join('')}</tbody>`
    : `<tbody>${head}${rows.join('')}</tbody>`;
  const main = `<h1>${rng.pick(['Daftar Pelatihan', 'Katalog Pelatihan Prakerja', 'Course catalogue'])}</h1>${wrap(rng, `<table${attr(rng)}>${thead}</table>`)}`;
  return {
    seed,
    kind: 'table',
    url: `https://${host}/${path}`,
    html: chrome(rng, 'Daftar', main, host),
    courses: courses.map(({ title, url, price, provider }) => ({
      title,
      url: linked ? url : `https://${host}/${path}`,
      price,
      provider,
    })),
  };
}

const FACT_LABELS = {
  provider: ['Lembaga Pelatihan', 'Lembaga', 'Penyelenggara', 'Provider', 'Offered by', 'Training provider'],
  hours: ['Durasi', 'Durasi Pelatihan', 'Duration', 'Total JP'],
  mode: ['Metode', 'Metode Pelatihan', 'Moda', 'Format'],
  price: ['Harga', 'Biaya', 'Price', 'Harga Pelatihan'],
  level: ['Level', 'Tingkat'],
  instructor: ['Instruktur', 'Pengajar', 'Mentor'],
};

function detailPage(seed: number, rng: Rng): GeneratedPage {
  const host = rng.pick(HOSTS);
  const path = rng.pick(PATHS);
  const used = new Set<string>();
  const course = makeCourse(rng, host, path, used);
  const related = Array.from({ length: rng.int(0, 8) }, () => makeCourse(rng, host, path, used));
  const price = course.price === 0 ? 'Gratis' : rupiah(rng, course.price!);
  const struck = course.listPrice ? `<del>${rupiah(rng, course.listPrice)}</del> ` : '';
  const facts: [string, string][] = [];
  if (course.provider) facts.push([rng.pick(FACT_LABELS.provider), esc(course.provider)]);
  // An empty fact: its label must not borrow the next one's value.
  if (rng.chance(0.5)) facts.push([rng.pick(FACT_LABELS.instructor), '']);
  facts.push([rng.pick(FACT_LABELS.hours), course.hours ? `${course.hours} JP` : '(Menit)']);
  facts.push([rng.pick(FACT_LABELS.mode), course.mode]);
  if (rng.chance(0.5))
    facts.push([rng.pick(FACT_LABELS.level), rng.pick(['Pemula', 'Menengah', 'Beginner'])]);
  const priceAsFact = rng.chance(0.4);
  if (priceAsFact) facts.push([rng.pick(FACT_LABELS.price), `${struck}${price}`]);
  const form = rng.int(0, 3);
  const factHtml =
    form === 0
      ? `<dl${attr(rng)}>${facts.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`
      : form === 1
        ? `<table${attr(rng)}>${facts.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`
        : form === 2
          ? `<div${attr(rng)}>${facts.map(([l, v]) => `<div${attr(rng)}><i></i><div${attr(rng)}><h6>${l}</h6><p>${v}</p></div></div>`).join('')}</div>`
          : `<ul${attr(rng)}>${facts.map(([l, v]) => `<li><b>${l}:</b> ${v}</li>`).join('')}</ul>`;
  const providerChip =
    course.provider && rng.chance(0.5)
      ? `<a href="/${path}?lembaga=${slug(course.provider)}"><img src="/l.png" alt="${esc(course.provider)}"><span>${esc(course.provider)}</span></a>`
      : '';
  const priceBox = priceAsFact
    ? ''
    : `<div${attr(rng)}>${struck}<div${attr(rng)}>${price}</div><button>${rng.pick(CTAS)}</button></div>`;
  const titleBlock = `<h1${attr(rng)}>${esc(course.title)}</h1>${providerChip}${factHtml}<h3>${rng.pick(['Deskripsi', 'Tentang Pelatihan', 'Description'])}</h3><p>Pelatihan ini membahas ${esc(course.title.toLowerCase())} secara praktis.</p>`;
  const columns = rng.chance(0.5)
    ? `${wrap(rng, priceBox)}${wrap(rng, titleBlock)}`
    : `${wrap(rng, titleBlock)}${wrap(rng, priceBox)}`;
  const look = cardLook(rng);
  const more = related.length
    ? shelf(
        rng,
        related,
        look,
        rng.pick(['Pelatihan Serupa', 'Kelas Lainnya', 'Related courses']),
        `/${path}`,
      )
    : '';
  const crumbs = `<nav aria-label="breadcrumb"><a href="/">Beranda</a> › <a href="/${path}">Pelatihan</a> › <span>${esc(course.title)}</span></nav>`;
  return {
    seed,
    kind: 'detail',
    url: course.url,
    html: chrome(rng, `${course.title} | ${host}`, `${crumbs}<div${attr(rng)}>${columns}</div>${more}`, host),
    courses: [course, ...related].map(({ title, url, price: amount, provider }) => ({
      title,
      url,
      price: amount,
      provider,
    })),
  };
}

/** The page for one seed: a listing, a home page with shelves, a table or a course page. */
export function generatePage(seed: number): GeneratedPage {
  const rng = random(seed * 2654435761);
  const kind = rng.int(0, 3);
  if (kind === 0) return listingPage(seed, rng, false);
  if (kind === 1) return listingPage(seed, rng, true);
  if (kind === 2) return tablePage(seed, rng);
  return detailPage(seed, rng);
}
