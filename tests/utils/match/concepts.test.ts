import { describe, expect, it } from 'vitest';
import { analyse, phraseBreaks } from '../../../utils/match/concepts';
import { courseTokens, TOKENS_VERSION } from '../../../utils/match/tokens';
import { GLOSSARY } from '../../../utils/match/vocabulary/glossary';
import { TOOL_SKILLS, TOOLS } from '../../../utils/match/vocabulary/names';

const concepts = (text: string) => [...analyse(text).concepts.keys()];

describe('concepts', () => {
  it.each([
    ['Belajar Desain Grafis untuk Pemula', 'Graphic Design for Beginners', 'graphic design'],
    ['Pemasaran Digital', 'Digital Marketing Fundamentals', 'digital marketing'],
    ['Menyusun Laporan Keuangan', 'Building Financial Statements', 'financial statements'],
    ['Menguasai Dasar Pencatatan Transaksi', 'Double Entry Bookkeeping', 'bookkeeping'],
    ['Pemrograman Aplikasi Android', 'Android App Programming', 'programming'],
    ['Bahasa Korea Dasar', 'Learn to Speak Korean 1', 'korean'],
    ['Meningkatkan Keterampilan Negosiasi', 'Successful Negotiation', 'negotiation'],
    ['Membangun website UMKM tanpa coding', 'Create a Website Without Coding', 'no code'],
    ['Menjadi Spesialis Pemasar Media Sosial', 'Social Media Marketing', 'social media marketing'],
    ['Mengedit Video', 'Video Editing for Beginners', 'video editing'],
  ])('%s and %s share %s', (indonesian, english, concept) => {
    expect(concepts(indonesian)).toContain(concept);
    expect(concepts(english)).toContain(concept);
  });

  it.each([
    ['Mahir Adobe Photoshop', 'photoshop'],
    ['Microsoft Excell Lengkap', 'excel'],
    ['Cuan dari TikTok', 'tiktok'],
    ['Fundamental Back-End Engineer with Golang', 'go'],
    ['Design Grafis Percetakan Dengan Coreldraw 2018', 'coreldraw'],
    ['Python for Data Science', 'python'],
    ['Belajar Pemrograman Aplikasi Android', 'android'],
  ])('%s names the tool %s, kept whole', (text, tool) => {
    expect(analyse(text).tools).toContain(tool);
  });

  it('reads a brand named once for two tools ("Google Docs dan Sheets")', () => {
    expect(analyse('Menguasai Google Docs dan Sheets').tools).toEqual(['google docs', 'google sheets']);
    expect(analyse('Google Docs and Excel').tools).toEqual(['google docs', 'excel']);
    expect(analyse('Google Docs dan Sheets').concepts.get('spreadsheet')).toBeLessThan(0.5);
  });

  it('reads a class noun before a tool as what the tool is, not a second subject', () => {
    const excel = analyse('Aplikasi MS Excel untuk Akuntansi');
    expect(excel.tools).toEqual(['excel']);
    expect(excel.concepts.get('software')).toBeLessThan(0.5);
    expect(analyse('Aplikasi Perkantoran dan Software Gratis').concepts.get('software')).toBe(1);
  });

  it.each([
    ['Belajar Manajemen Kredit', 'management', 'credit'],
    ['Bisnis Katering', 'business', 'catering'],
    ['Supply Chain Management', 'management', 'logistics'],
  ])('reads the generic head in %s (%s) as the frame of %s, not a second subject', (text, head, subject) => {
    const analysis = analyse(text);
    expect(analysis.concepts.get(head)).toBeLessThan(0.5);
    expect(analysis.concepts.get(subject)).toBe(1);
  });

  it('keeps a generic head that stands alone or is named apart', () => {
    expect(analyse('Dasar-Dasar Manajemen').concepts.get('management')).toBe(1);
    expect(analyse('Manajemen Kredit dan Manajemen').concepts.get('management')).toBe(1);
    expect(analyse('Bisnis untuk Pemula').concepts.get('business')).toBe(1);
  });

  it('weights the second noun of an Indonesian noun phrase (its modifier) like the framing', () => {
    const poster = analyse('Mendesain Poster Pemasaran Digital');
    expect(poster.concepts.get('poster')).toBe(1);
    expect(poster.concepts.get('digital marketing')).toBeLessThanOrEqual(0.4);
    expect(analyse('Membangun Website UMKM').concepts.get('small business')).toBeLessThanOrEqual(0.4);
    // not after a verb (its object), a generic or a modified head, or when the two make one concept
    expect(analyse('Memasarkan Produk').concepts.get('product')).toBe(1);
    expect(analyse('Desain Arsitektur').concepts.get('architecture')).toBe(1);
    expect(analyse('Pemasar Media Sosial').concepts.get('social media')).toBe(1);
    // English puts the head last: no such reading
    expect(analyse('Digital Marketing Poster Design').concepts.get('digital marketing')).toBe(1);
  });

  it("reads no modifier across punctuation (a title's parts, a syllabus's topics)", () => {
    expect(phraseBreaks('Email marketing. Fotografi produk: dasar - lanjut')).toEqual(new Set([2, 4, 5]));
    expect(phraseBreaks('Node.js dan Vue.js')).toEqual(new Set());
    const topics = analyse('Media sosial . Email marketing . Fotografi produk', { framing: false });
    expect(topics.concepts.get('product photography')).toBe(1);
    expect(analyse('Aplikasi: Excel').concepts.get('software')).toBe(1);
  });

  it('reads a free-standing & or + as "and": two subjects, not a head and its modifier', () => {
    expect(analyse('Membuat Website & SEO').concepts.get('seo')).toBe(1);
    expect(analyse('Membuat Website dan SEO').concepts.get('seo')).toBe(1);
    expect(analyse('Membuat Website SEO').concepts.get('seo')).toBeLessThanOrEqual(0.4);
    expect(phraseBreaks('Website & SEO + Copywriting')).toEqual(new Set([1, 2]));
    // stored index tokens change with it
    expect(courseTokens({ title: 'Membuat Website & SEO' })).toContain('seo');
    expect(courseTokens({ title: 'Membuat Website SEO' })).not.toContain('seo');
  });

  it('assembles a phrase concept only from words the text names, not from parts of another phrase', () => {
    const analysis = analyse('Siklus Akuntansi Keuangan Perusahaan Dagang');
    expect(analysis.concepts.get('financial accounting')).toBe(1);
    expect(analysis.concepts.has('corporate finance')).toBe(false);
    expect(concepts('Keuangan Perusahaan')).toContain('corporate finance');
    expect(concepts('Pemasar Media Sosial')).toContain('social media marketing');
  });

  it('does not read a programming function or a formula as a spreadsheet', () => {
    expect(concepts('Mastering Functions in JavaScript')).not.toContain('spreadsheet');
    expect(concepts('Excel Formulas and Functions')).toContain('spreadsheet');
  });

  it('reads a singer-songwriter as songwriting, not singing', () => {
    expect(concepts('The Singer-Songwriter')).toEqual(['composition']);
    expect(concepts('Belajar Menjadi Penyanyi')).toContain('singing');
  });

  it('tells influencer marketing (a brand using influencers) from being an influencer', () => {
    const analysis = analyse('Influencer Marketing Strategy');
    expect(analysis.concepts.get('influencer marketing')).toBe(1);
    expect(analysis.concepts.get('influencer')).toBeLessThan(1);
    expect(concepts('Sukses jadi Influencer')).not.toContain('influencer marketing');
  });

  it.each([
    ['Learn Vikings Soundtracks on the Piano by Ear', 'film scoring'],
    ['Food & Beverage Management', 'catering'],
  ])('does not read an ambiguous word in %s as %s', (text, concept) => {
    expect(concepts(text)).not.toContain(concept);
  });

  it.each(['Poster Design', 'Typography Basics', 'Packaging Design', 'Print Design'])(
    'reads %s as a kind of graphic design',
    (text) => {
      expect(analyse(text).implied).toContain('graphic design');
    },
  );

  it('reads IT security and ethical hacking as cyber security, not security, securities or hacks', () => {
    for (const title of ['Cybersecurity Basics', 'IT Security', 'Network Security', 'Keamanan Siber']) {
      expect(analyse(title).concepts.get('cyber security')).toBe(1);
    }
    expect(analyse('The Complete Ethical Hacking Course').concepts.get('cyber security')).toBe(1);
    for (const title of [
      'Securities Trading',
      'International Security Management',
      'Homeland Security',
      'Basic Bookkeeping Hacks',
      'Growth Hacking',
    ]) {
      expect(analyse(title).concepts.has('cyber security')).toBe(false);
    }
  });

  it('reads principles, concepts and foundations as course filler in English, as prinsip, konsep and dasar are', () => {
    expect([...analyse('Principles of Marketing').concepts.keys()]).toEqual(['marketing']);
    expect([...analyse('Accounting Concepts').concepts.keys()]).toEqual(['accounting']);
    expect([...analyse('Prinsip Pemasaran').concepts.keys()]).toEqual(['marketing']);
    expect([...analyse('Foundations of Data Science').concepts.keys()]).toEqual(['data science', 'data']);
    expect([...analyse('A Crash Course in Data Science').concepts.keys()]).toEqual(['data science', 'data']);
    // techniques and methods name a narrower, practical part of a subject: they stay
    expect(analyse('Guitar Techniques').concepts.size).toBeGreaterThan(analyse('Guitar').concepts.size);
  });

  it('reads graphics on their own as things made, not the graphic-design discipline', () => {
    expect(analyse('Design Vector Graphics').concepts.get('graphic design')).toBeUndefined();
    expect(analyse('Designing Facebook Graphics').concepts.get('graphic design')).toBeUndefined();
    expect(analyse('Canva Graphics Design Essentials').concepts.get('graphic design')).toBe(1);
    expect(analyse('Graphic Design Basics').concepts.get('graphic design')).toBe(1);
    expect(analyse('Belajar Desain Grafis').concepts.get('graphic design')).toBe(1);
  });

  it('reads catering as a kind of food and beverage business', () => {
    const analysis = analyse('Bisnis Katering');
    expect(analysis.concepts.get('catering')).toBe(1);
    expect(analysis.implied).toContain('food and beverage');
  });

  it.each([
    ['Autodesk Certified Professional: AutoCAD Exam Prep', 'exam'],
    ['Excel Practice Tests', 'exam'],
    ['Kursus Sertifikasi Brevet Pajak', 'certification'],
    ['Test Automation with Selenium', undefined],
  ])('tells whether %s is about an exam or a certification', (text, exam) => {
    expect(analyse(text).exam).toBe(exam);
  });

  it('does not stem a word into a tool name', () => {
    expect(analyse('Learn Flute FAST!').tools).toEqual([]);
  });

  it.each([['Belajar Pelatihan Kelas Kursus untuk Menjadi'], ['The Complete Ultimate Course']])(
    'drops filler: %s',
    (text) => {
      expect(concepts(text)).toEqual([]);
    },
  );

  it('weights the Prakerja occupational framing below the subject', () => {
    const analysis = analyse('Meningkatkan Kemampuan Kepemimpinan untuk Supervisor Kantor');
    expect(analysis.concepts.get('leadership')).toBe(1);
    expect(analysis.concepts.get('supervisor')).toBeLessThan(1);
  });

  it.each([
    ['Microsoft Excel Lengkap Tingkat Dasar Hingga Mahir', 'all'],
    ['Bahasa Korea Dasar', 'beginner'],
    ['Learn English: Intermediate Grammar', 'intermediate'],
    ['Advanced React and Redux', 'advanced'],
    ['Pemula sampai Mahir', 'all'],
    ['Mahir Membuat Desain Karakter', undefined],
  ])('level of %s is %s', (text, level) => {
    expect(analyse(text).level).toBe(level);
  });

  it.each([
    ['Diseño Gráfico fácil y rápido.', 'other'],
    ['Corel Draw X7 Eğitimi (Temelden İleri Seviyeye)', 'other'],
    ['Финансовые инструменты для частного инвестора', 'other'],
    ['Adobe Photoshop CC – Essentials Training Course', 'en'],
    ['Kursus Sertifikasi Brevet Pajak A/B Terapan', 'id'],
    ['Bahasa Korea Dasar', 'id'],
    ['U.S. Federal Taxation', 'en'],
  ])('language of %s is %s', (text, language) => {
    expect(analyse(text).language).toBe(language);
  });

  it.each([
    ['Dasar-Dasar Membuat Situs Web', 'beginner'],
    ['Kue-Kue Tradisional', undefined],
  ])('reads a reduplicated filler or level word as its base: %s', (text, level) => {
    expect(analyse(text).level).toBe(level);
    expect(concepts(text)).not.toContain('dasar');
  });

  it('gives a course that names only a tool the skill the tool is for, as an implied concept', () => {
    const analysis = analyse('Adobe Photoshop CC Introduction');
    expect(analysis.concepts.get('photoshop')).toBe(1);
    expect(analysis.concepts.get('graphic design')).toBeLessThan(0.5);
    expect(analysis.implied).toContain('graphic design');
    expect(analyse('Learn React JS from scratch').concepts.has('frontend')).toBe(true);
  });

  it('names in the tool skill table only known tools and concepts', () => {
    const names = new Set(TOOLS.map((tool) => tool.name));
    const known = new Set([...GLOSSARY.map((entry) => entry.concept), ...names]);
    for (const [tool, skills] of TOOL_SKILLS) {
      expect(names.has(tool), tool).toBe(true);
      for (const skill of skills) expect(known.has(skill), `${tool} > ${skill}`).toBe(true);
    }
  });

  it('has a general glossary of a few hundred concepts and a tool table', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(250);
    expect(TOOLS.length).toBeGreaterThanOrEqual(100);
  });
});

describe('courseTokens', () => {
  it('gives the same concept tokens to an Indonesian title and its English equivalent', () => {
    const id = courseTokens({
      title: 'Membuat Desain Grafis Adobe Photoshop untuk Menjadi Perancang Grafis',
    });
    const en = courseTokens({ title: 'Adobe Photoshop CC – Graphic Design Essentials' });
    expect(id).toEqual(expect.arrayContaining(['graphic design', 'photoshop']));
    expect(en).toEqual(expect.arrayContaining(['graphic design', 'photoshop']));
  });

  it('marks implied concepts as weak tokens', () => {
    const tokens = courseTokens({ title: 'Adobe Photoshop CC Introduction' });
    expect(tokens).toContain('photoshop');
    expect(tokens).toContain('~graphic design');
    expect(tokens).not.toContain('graphic design');
    expect(TOKENS_VERSION).toBe(10);
  });

  it('keeps the Android tool in an Indonesian app title (tokens version 3)', () => {
    expect(courseTokens({ title: 'Pemrograman Aplikasi Android' })).toContain('android');
  });

  it('fits the model limits and adds only known concepts from a description', () => {
    const tokens = courseTokens({
      title: 'Excel',
      topics: ['Rumus dan fungsi', 'Tabel pivot'],
      description: `${'zzqx blorf '.repeat(100)}pemasaran`,
    });
    expect(tokens).toContain('excel');
    expect(tokens).toContain('spreadsheet');
    expect(tokens).toContain('~marketing');
    expect(tokens).not.toContain('marketing');
    expect(tokens).not.toContain('zzqx');
    expect(tokens.length).toBeLessThanOrEqual(400);
    expect(tokens.every((token) => token.length <= 80)).toBe(true);
  });
});
