/**
 * The Indonesian ↔ English glossary of general course vocabulary. One row per concept:
 *   concept | English spellings | Indonesian spellings
 * The concept (first cell) is its own English spelling too. Spellings may be phrases; words are
 * stemmed before lookup, so list base forms (plus the derived forms a stemmer cannot reach, such as
 * pemula or perkantoran). Rows are grouped by domain; none is made for a single course title.
 * A concept may also be implied by a broader one (`>` list): "bookkeeping > accounting" means a
 * bookkeeping course also counts, a little, as an accounting one.
 */

const TABLE = `
# — business and entrepreneurship
business            | business, businesses, biz                       | bisnis, usaha, berbisnis, berusaha, niaga
entrepreneurship    | entrepreneur, entrepreneurship, entrepreneurs, startup business | wirausaha, kewirausahaan, wiraswasta, pengusaha, berwirausaha
startup             | startup, startups, start up                     | rintisan, perusahaan rintisan
small business      | small business, smes, sme, msme, small businesses | umkm, ukm, usaha kecil, usaha mikro, usaha rumahan
company             | company, companies, corporate, corporation, firm, enterprise | perusahaan, korporasi, badan usaha
management          | management, manage, managing, manager, managers  | manajemen, pengelolaan, pengelola, mengelola, kelola, manajer, tata kelola
leadership          | leadership, leader, leaders, leading, lead       | kepemimpinan, pemimpin, memimpin
strategy            | strategy, strategies, strategic                  | strategi, strategis
planning            | planning, plan, plans, planner                   | perencanaan, rencana, merencanakan, perencana
business plan       | business plan, business planning                 | rencana bisnis, rencana usaha, perencanaan bisnis
operations          | operations, operation, operational               | operasional, operasi
production management | production management, operations management, manufacturing management | manajemen produksi
production          | production, manufacturing, produce               | produksi, memproduksi, manufaktur
quality             | quality, quality assurance, quality control      | kualitas, mutu
project management  | project management, project manager, project managers, managing projects | manajemen proyek, pengelolaan proyek, manajer proyek
project             | project, projects                                 | proyek
agile               | agile                                             | agile, metode agile
scrum               | scrum, scrum master                               | scrum
organization        | organization, organisation, organizational, organisational | organisasi
human resources     | human resources, human resource, hr, hrd, hrm, people management, personnel | sdm, sumber daya manusia, personalia, hrd
recruitment         | recruitment, recruiting, hiring, recruiter        | rekrutmen, perekrutan, rekrut
people analytics    | people analytics, hr analytics, workforce analytics | analitik sdm
employee            | employee, employees, staff, workforce             | karyawan, pegawai
coaching            | coaching, coach                                   | coaching, pembinaan, membina, melatih
mentoring           | mentoring, mentor                                 | mentoring, bimbingan, membimbing
performance management | performance management, performance           | kinerja, manajemen kinerja, performa
negotiation         | negotiation, negotiate, negotiating, negotiator   | negosiasi, bernegosiasi, negosiator, tawar menawar
persuasion          | persuasion, persuasive, influence, influencing    | persuasi, membujuk, mempengaruhi
purchasing          | purchasing, procurement, buyer, buying            | pembelian, pengadaan, juru pembelian
retail              | retail, retailer, retailing, store, shop, shops   | ritel, eceran, toko, perdagangan eceran, pengecer
trade               | trade, trading, commerce                          | perdagangan, dagang, berdagang, pedagang, niaga
franchise           | franchise, franchising                            | waralaba, franchise
ecommerce           | ecommerce, e commerce, online store, online shop, online business, online selling | toko online, online shop, bisnis online, jualan online, toko daring, perdagangan elektronik
marketplace         | marketplace, marketplaces                         | marketplace, lokapasar
reseller            | reseller, resellers, dropship, dropshipping, wholesale | reseller, dropship, dropshipper, grosir
customer            | customer, customers, client, clients, consumer, consumers | pelanggan, konsumen, klien, pembeli
customer service    | customer service, customer care, customer support, customer experience, service excellence, front office | layanan pelanggan, pelayanan pelanggan, pelayanan prima, melayani pelanggan, layanan prima
service             | service, services, serving, serve                 | layanan, pelayanan, melayani, jasa
product             | product, products                                 | produk
product development | product development, product design, product management | pengembangan produk
innovation          | innovation, innovative, creativity, creative thinking, creative | inovasi, inovatif, kreativitas, kreatif
design thinking     | design thinking                                   | design thinking
business ethics     | business ethics, business etiquette, etiquette, ethics | etika bisnis, etika, etiket
professionalism     | professionalism, workplace, work ethic            | profesionalisme, dunia kerja, lingkungan kerja, tempat kerja
career              | career, careers, job, jobs, employment            | karir, karier, lowongan, lowongan kerja
job interview       | job interview, interview, interviewing, interviews | wawancara, wawancara kerja
resume              | resume, resumes, cv, curriculum vitae, cover letter | cv, daftar riwayat hidup, riwayat hidup, surat lamaran, lamaran kerja, melamar kerja
administration      | administration, administrative, admin, clerical   | administrasi, admin, tata usaha
office              | office, offices, office work, office administration | kantor, perkantoran, pegawai kantor
secretary           | secretary, secretarial, executive assistant, personal assistant | sekretaris, kesekretariatan
supervisor          | supervisor, supervision, supervising, supervisory  | supervisor, pengawas, pengawasan, penyelia, mengawasi
consulting          | consulting, consultant, advisory, advisor          | konsultan, konsultasi, penasihat
digital transformation | digital transformation, digitalization, digitization | transformasi digital, digitalisasi
governance          | governance                                        | tata kelola pemerintahan, governance
public sector       | public sector, government, public administration, public service | pemerintahan, pelayanan publik, sektor publik, layanan publik
earning money       | make money, making money, earn money, earning money, income, passive income, profit, profits, revenue | cuan, penghasilan, menghasilkan uang, pendapatan, omset, omzet, untung, keuntungan, laba
economics           | economics, economy, economic                      | ekonomi, perekonomian
# — sales and marketing
marketing           | marketing, marketer, marketers, market            | pemasaran, memasarkan, pemasar, marketing, pasar
digital marketing   | digital marketing, online marketing, internet marketing | pemasaran digital, digital marketing, pemasaran online, pemasaran daring
social media        | social media, social network, social networks, social networking | media sosial, sosial media, medsos, sosmed
social media marketing | social media marketing, social media marketer   | pemasaran media sosial, social media specialist
content marketing   | content marketing                                 | pemasaran konten
influencer marketing | influencer marketing, influencer campaigns, creator marketing | pemasaran influencer, pemasaran melalui influencer
influencer          | influencer, influencers                           | influencer, influenser, selebgram, tiktoker, youtuber
content creation    | content creator, content creation, content creators, creator | konten kreator, kreator konten, pembuat konten, content creator
content             | content, contents                                 | konten, isi
copywriting         | copywriting, copywriter, copy writing, ad copy    | copywriting, copywriter, menulis iklan, penulis iklan
advertising         | advertising, advertisement, ads, advert, advertise, promotion, promotional, ad | iklan, periklanan, promosi, beriklan, mempromosikan, pariwara
branding            | branding, brand, brands, brand identity, personal branding | merek, branding, brand, jenama
seo                 | seo, search engine optimization, search engine optimisation, search engine | seo, optimasi mesin pencari
email marketing     | email marketing, newsletter, newsletters          | pemasaran email, email marketing
sales               | sales, sell, selling, seller, sellers, salesperson, salesman, sold | penjualan, menjual, jual, berjualan, jualan, penjual, sales, tenaga penjualan, wiraniaga, canvasser, kanvas
telemarketing       | telemarketing, telemarketer, cold calling, telesales | telemarketing, telemarketer
distribution        | distribution channel, distribution channels, distribution, sales channel, sales channels, marketing channel, marketing channels | saluran pemasaran, saluran distribusi, distribusi, saluran
consumer behavior   | consumer behavior, consumer behaviour, consumer psychology, neuromarketing, consumer neuroscience | perilaku konsumen, psikologi konsumen, psikologi marketing, psikologi pemasaran
market research     | market research, marketing research, target market, segmentation, targeting | riset pasar, target pasar, segmentasi pasar, penelitian pasar
public relations    | public relations, pr, communications             | hubungan masyarakat, humas, kehumasan
# — finance, accounting, tax
finance             | finance, financial, finances, money               | keuangan, finansial, uang, dana
accounting          | accounting, accountant, accountants, accountancy  | akuntansi, akuntan, akunting
financial accounting | financial accounting, financial accountant      | akuntansi keuangan
bookkeeping         | bookkeeping, bookkeeper, book keeping, journal entries, journal entry, double entry, ledger, transactions, transaction recording | pembukuan, tata buku, pencatatan transaksi, jurnal, entry jurnal, jurnal umum, buku besar, petugas pembukuan
financial statements | financial statements, financial statement, financial reports, financial reporting, balance sheet, income statement, cash flow statement, accounting statements | laporan keuangan, neraca, laba rugi, arus kas
financial analysis  | financial analysis, financial statement analysis, financial ratios, ratio analysis | analisis keuangan, analisis laporan keuangan, diagnosis keuangan, rasio keuangan
financial planning  | financial planning, financial planner, personal finance, wealth management, financial goals, retirement planning | perencanaan keuangan, perencana keuangan, keuangan pribadi, keuangan personal
investment          | investment, investing, investor, investors, invest, portfolio | investasi, berinvestasi, investor, penanaman modal, portofolio
stock market        | stock market, stocks, stock, shares, equity, trading stocks | saham, pasar modal, bursa
capital             | capital, funding, fundraising                     | modal, permodalan, pendanaan
cryptocurrency      | cryptocurrency, crypto, bitcoin, blockchain       | kripto, mata uang kripto, bitcoin
tax                 | tax, taxes, taxation, vat, gst                    | pajak, perpajakan, brevet, pph, ppn
audit               | audit, auditing, auditor                          | audit, pemeriksaan, auditor
budgeting           | budgeting, budget, budgets                        | anggaran, penganggaran, budgeting
credit              | credit, lending, loan, loans                      | kredit, pinjaman, perkreditan
banking             | banking, bank, banks, banker, bankers, teller     | perbankan, bank, bankir, teller
insurance           | insurance                                         | asuransi
costing             | cost accounting, costing, cost                    | akuntansi biaya, biaya, harga pokok
payroll             | payroll, salary                                   | penggajian, gaji
risk management     | risk management, risk                             | manajemen risiko, risiko
corporate finance   | corporate finance, valuation, financial modeling, financial modelling | keuangan perusahaan, valuasi, pemodelan keuangan
islamic finance     | islamic finance, sharia, islamic banking          | keuangan syariah, syariah, perbankan syariah
applied             | applied, in practice, practical application         | terapan, penerapan praktis
# — office and computer basics
computer            | computer, computers, pc, laptop, laptops, computing | komputer, laptop, pc
computer basics     | computer basics, computer literacy, basic computer, computer skills | dasar komputer, komputer dasar, ilmu komputer dasar, pengenalan komputer
office software     | office software, microsoft office, ms office, office applications, office suite, productivity | aplikasi perkantoran, aplikasi kantor, microsoft office, ms office, office
word processing     | word processing, word processor, documents, document, typing | pengolah kata, olah kata, mengolah kata, dokumen, mengetik
spreadsheet         | spreadsheet, spreadsheets, sheets, pivot tables, pivot table, vlookup | spreadsheet, lembar kerja, rumus, tabel pivot
presentation        | presentation, presentations, slides, slide, presenting, pitch deck | presentasi, salindia, slide, mempresentasikan
public speaking     | public speaking, speaking, speech, speeches, speechwriting, speaker, speak | berbicara di depan umum, public speaking, berbicara, pidato, retorika, pembicara
data entry          | data entry, typing                                | entri data, input data
letter writing      | letter, letters, correspondence, business letter  | surat, surat menyurat, korespondensi, undangan
table               | table, tables, chart, charts                      | tabel, grafik
filing              | filing, archive, archiving, records management    | kearsipan, arsip, pengarsipan
operating system    | operating system, operating systems, os           | sistem operasi
computer repair     | computer repair, pc repair, hardware repair, troubleshooting, reinstall, install | perbaikan komputer, servis komputer, install ulang, instal ulang, reparasi
hardware            | hardware                                          | hardware, perangkat keras
software            | software, application, applications, app, apps   | software, perangkat lunak, aplikasi
it support          | it support, technical support, help desk, helpdesk, tech support, it support specialist | dukungan teknis, teknisi komputer, teknisi it
# — design, photo, video, art
design              | design, designs, designing, designer, designers   | desain, mendesain, desainer, perancang, merancang, rancang, rancangan, rancang bangun, design
graphic design      | graphic design, graphic designer, graphics design, graphic designers | desain grafis, design grafis, perancang grafis, desainer grafis, grafis, grafika
logo design         | logo, logos, logo design, logo designer           | logo, desain logo
visual identity     | brand identity, visual identity, corporate identity | identitas visual, identitas merek
typography          | typography, typeface, fonts, font, lettering, calligraphy | tipografi, huruf, kaligrafi, lettering
illustration        | illustration, illustrations, illustrator art, illustrate, drawing, draw | ilustrasi, ilustrator, menggambar, gambar
digital painting    | digital painting, digital art, digital illustration | lukisan digital, seni digital
painting            | painting, paint, painter, watercolor, watercolour, acrylic, oil painting | melukis, lukis, lukisan, pelukis, seni lukis, cat air
drawing             | drawing, sketching, sketch, sketches              | menggambar, sketsa, gambar
comic               | comic, comics, cartoon, cartoons, cartoonist, manga, cartooning | komik, kartun, kartunis, komikus
character design    | character design, character, characters, mascot, mascots | desain karakter, karakter, maskot
animation           | animation, animations, animate, animated, animator, motion graphics | animasi, animator, film animasi
2d                  | 2d                                                | 2d, dua dimensi
3d                  | 3d, 3d modeling, 3d modelling                     | 3d, tiga dimensi
ui design           | ui, user interface, user interfaces, interface design, ui design | ui, antarmuka, desain antarmuka, antarmuka pengguna
ux design           | ux, user experience, usability, ux design, interaction design | ux, pengalaman pengguna
prototyping         | prototype, prototyping, prototypes, wireframe, wireframing, mockup, mockups | prototipe, purwarupa, wireframe, mockup
print design        | print design, printing, print, prepress, print media | percetakan, cetak, desain cetak, mencetak, sablon
poster              | poster, posters, flyer, flyers, banner, banners, brochure, brochures | poster, brosur, spanduk, banner, pamflet, selebaran
packaging design    | packaging, package design, packaging design, label design | kemasan, desain kemasan, pengemasan, label
layout              | layout, publishing, desktop publishing, book design, magazine | tata letak, layout, publikasi, penerbitan
photo editing       | photo editing, photo editor, retouching, retouch, photo manipulation, image editing, photo retouching, edit photos, editing photos | edit foto, editing foto, mengedit foto, olah foto, mengolah foto, retouch, penyuntingan foto
photography         | photography, photographer, photographers, photo, photos, photograph, camera, cameras, dslr | fotografi, fotografer, foto, memotret, kamera, juru foto
product photography | product photography, product photos, product photo | foto produk, fotografi produk
food photography    | food photography                                  | foto makanan, fotografi makanan, fotografer makanan
video               | video, videos, videography, film, filmmaking, movie, movies, footage | video, film, videografi, perfilman
video editing       | video editing, video editor, edit video, editing video, post production | edit video, editing video, mengedit video, penyuntingan video, menyunting video
video production    | video production, video creation, make videos, making videos | produksi video, pembuatan video, membuat video, konten video
multimedia          | multimedia, media production                      | multimedia, desainer multimedia
art direction       | art director, art direction, creative director    | art director, pengarah artistik
art                 | art, arts, artist, artists, fine art              | seni, seniman, karya seni, artis
color               | color, colors, colour, colours, coloring          | warna, pewarnaan, mewarnai
architecture        | architecture, architectural, architect           | arsitektur, arsitek
interior design     | interior design, interior, interiors              | desain interior, interior
cad                 | cad, drafting, technical drawing, computer aided design | cad, drafter, gambar teknik, operator cad
fashion design      | fashion design, fashion designer, fashion, clothing design, apparel | desain busana, tata busana, busana, fesyen, mode, fashion
# — programming, web, IT
programming         | programming, programmer, programmers, coding, code, coder, software development, software engineering, developer, developers, development | pemrograman, pemograman, programmer, pemrogram, koding, coding, ngoding, kode, pengembang, pengembangan, developer
web development      | web development, web developer, web developers, web programming, web dev, website development | pengembangan web, pengembang web, pemrograman web, web developer, pembuatan website, pengembangan website, pengembang website, web master, webmaster
cms                 | cms, content management system, content management systems | cms, sistem manajemen konten
website             | website, websites, web site, web sites, web, webpage, web page, web pages, site, sites | website, situs web, situs, laman, web
web design          | web design, web designer, website design, responsive design | desain web, desain website, perancang web
frontend            | front end, frontend, front end developer, front end engineer, client side | front end, frontend
backend             | back end, backend, back end developer, server side, api, apis, rest api, restful | back end, backend
fullstack           | full stack, fullstack, full stack developer, mern, mean stack | full stack, fullstack
mobile app          | mobile app, mobile apps, mobile application, mobile applications, mobile development, app development | aplikasi mobile, aplikasi seluler, aplikasi ponsel, apk
no code             | no code, without coding, without code, without programming, nocode, no coding, drag and drop, website builder | tanpa coding, tanpa kode, tanpa koding, tanpa pemrograman, tanpa ngoding
chatbot             | chatbot, chatbots, bot, bots, chat bot            | chatbot, bot, robot chat
game development    | game development, game dev, game developer, games, game, game design | pengembangan game, pembuatan game, game, gim
database            | database, databases, db, rdbms, relational database, data modeling, database design | basis data, database, pangkalan data, analis database, rancangan basis data
data science        | data science, data scientist, data scientists    | sains data, ilmu data, data science
data analysis       | data analysis, data analytics, data analyst, analytics, analyze data, analysing data, analyzing data, data analyst | analisis data, analitik data, data analitik, analisa data, analis data, mengolah data, pengolahan data, mengelompokkan data
data visualization  | data visualization, data visualisation, dashboards, dashboard, visualization | visualisasi data, dasbor, dashboard
statistics          | statistics, statistical, statistic, probability   | statistik, statistika, probabilitas
machine learning    | machine learning, ml, deep learning, neural networks, neural network | pembelajaran mesin, machine learning
artificial intelligence | artificial intelligence, ai                  | kecerdasan buatan, ai, kecerdasan artifisial
big data            | big data                                          | big data, mahadata
data                | data                                              | data
data engineering    | data engineering, data engineer, etl, data warehouse, data warehousing | rekayasa data, data engineer, database engineer
business intelligence | business intelligence, bi                      | intelijen bisnis, business intelligence
cyber security      | cyber security, cybersecurity, information security, infosec, it security, computer security, network security, ethical hacking, penetration testing, pentest | keamanan siber, keamanan informasi, keamanan jaringan, cyber security, peretasan
networking          | computer networking, networking, network, networks, network administration, network engineer | jaringan komputer, jaringan, teknisi jaringan, komputer jaringan
cloud computing     | cloud, cloud computing                            | komputasi awan, cloud
devops              | devops, continuous integration, continuous delivery, ci cd | devops
software testing    | software testing, testing, qa, quality engineer, test automation, automated testing, unit testing, tester | pengujian perangkat lunak, pengujian, quality engineer, penguji
system administration | system administration, sysadmin, system administrator, it infrastructure | administrasi sistem
blockchain          | blockchain, smart contracts                       | blockchain
iot                 | iot, internet of things, embedded, microcontroller | internet of things, iot, mikrokontroler
algorithms          | algorithms, algorithm, data structures            | algoritma, struktur data
object oriented     | object oriented, oop                              | berorientasi objek, pemrograman berorientasi objek
microservices       | microservices, microservice                       | layanan mikro, microservices
information technology | information technology, it support, it skills  | teknologi informasi
digital             | digital, online, internet                         | digital, daring, internet
technology          | technology, technologies, tech                    | teknologi
# — languages and communication
language            | language, languages, linguistics                  | bahasa
english             | english, esl, toefl, ielts, toeic, english language | inggris, bahasa inggris
japanese            | japanese, nihongo, jlpt, hiragana, katakana, kanji | jepang, bahasa jepang
korean              | korean, hangul, topik                             | korea, bahasa korea
chinese             | chinese, mandarin, hsk, hanzi                     | mandarin, china, cina, tionghoa, bahasa mandarin, aksara china
arabic              | arabic                                            | arab, bahasa arab
german              | german, deutsch                                   | jerman, bahasa jerman
french              | french                                            | prancis, perancis, bahasa prancis
spanish             | spanish                                           | spanyol, bahasa spanyol
dutch               | dutch                                             | belanda, bahasa belanda
indonesian          | indonesian, bahasa indonesia                      | bahasa indonesia, indonesia
grammar             | grammar, tenses, tense, modals                    | tata bahasa, grammar, gramatika
conversation        | conversation, conversational, speaking skills, everyday conversation, daily conversation | percakapan, bercakap, cakap, sehari hari, percakapan sehari hari, berbicara
vocabulary          | vocabulary, words, vocab                          | kosakata, kosa kata
pronunciation       | pronunciation, accent                             | pengucapan, pelafalan, aksen
writing             | writing, writer, writers, write, written          | menulis, penulis, tulisan, kepenulisan
business writing    | business writing, professional writing, report writing | penulisan bisnis, menulis laporan, tulisan bisnis
storytelling        | storytelling, story, stories, narrative           | storytelling, bercerita, cerita, narasi, mendongeng
creative writing    | creative writing, fiction, novel, poetry          | penulisan kreatif, menulis kreatif, novel, puisi, cerpen
journalism          | journalism, journalist, journalists, news, reporting, reporter | jurnalistik, jurnalis, wartawan, berita, jurnalisme
blogging            | blogging, blog, blogs, blogger                    | blog, ngeblog, blogger
translation         | translation, translator, translators, interpreting, interpreter, translate | penerjemah, terjemahan, menerjemahkan, juru bahasa, penerjemahan
communication       | communication, communications, communicate, communicating, interpersonal | komunikasi, berkomunikasi, interpersonal
broadcasting        | broadcasting, broadcaster, presenter, announcer, radio, television, tv | penyiar, siaran, penyiaran, pembawa acara, televisi, tv, radio
master of ceremony  | master of ceremony, master of ceremonies, mc, emcee, event host | mc, pembawa acara, pemandu acara
# — soft skills and personal development
soft skills         | soft skills, soft skill, non technical skills, employability, work readiness | soft skill, keterampilan non teknis, keterampilan lunak
critical thinking   | critical thinking, arguments, argument, reasoning, logic, logical thinking, think | berpikir kritis, pemikiran kritis, nalar, penalaran, logika
problem solving     | problem solving, problem solver, solve problems   | pemecahan masalah, memecahkan masalah, penyelesaian masalah
decision making     | decision making, decisions                        | pengambilan keputusan, keputusan
time management     | time management, productivity, productive          | manajemen waktu, produktivitas, produktif
teamwork            | teamwork, team, teams, collaboration, collaborate | kerja sama, kerjasama, tim, kolaborasi
emotional intelligence | emotional intelligence, emotions, emotional   | kecerdasan emosional, emosi
personal development | personal development, self improvement, personal growth, self development, personal | pengembangan diri, pengembangan pribadi, diri, pribadi
motivation          | motivation, motivational                          | motivasi
mindset             | mindset, mindfulness                              | pola pikir, mindset
confidence          | confidence, self confidence                       | percaya diri, kepercayaan diri
grooming            | grooming, personal grooming, appearance, image    | grooming, penampilan, citra diri
psychology          | psychology, psychological                         | psikologi, psikologis
stress management   | stress management, stress, wellbeing, well being, resilience | manajemen stres, stres, kesejahteraan
conflict resolution | conflict resolution, conflict, mediation          | resolusi konflik, konflik, mediasi
teaching            | teaching, teacher, teachers, educator, educators, instructional design, e learning, elearning, online teaching | mengajar, guru, pengajar, pendidik, pengajaran, materi ajar, bahan ajar, profesional pendidikan
education           | education, educational, school, learning design   | pendidikan, sekolah, edukasi
career guidance     | career guidance, career development, career planning, career counseling | bimbingan karir, bimbingan karier, pengembangan karir, persiapan karir
# — hospitality, tourism, food and beverage
hospitality         | hospitality, hotel, hotels, hotel management, lodging | perhotelan, hotel, hotel berbintang
housekeeping        | housekeeping, room attendant, housekeeper         | housekeeping, tata graha, kamar hotel, room attendant
front office        | front office, receptionist, reception, front desk, frontliner, frontliners | resepsionis, front office, frontliner, kantor depan
tourism             | tourism, tourist, tourists, travel, travelling, traveling, tour, tours, tour guide, tour leader | pariwisata, wisata, turis, wisatawan, pemandu wisata, pendamping wisata, perjalanan, tur
event management    | event management, event planning, event planner, events, event organizer, wedding planner, wedding planning | event organizer, penyelenggara acara, perencana acara, wedding organizer, acara
wedding             | wedding, weddings, bridal, bride                  | pernikahan, pengantin, perkawinan
food and beverage   | food and beverage, f&b, food beverage, restaurant, restaurants, food service, food business | makanan dan minuman, restoran, kuliner, rumah makan, tata boga, usaha kuliner, bisnis kuliner
catering            | catering, caterer, caterers                       | katering, jasa boga, usaha katering
waiter              | waiter, waitress, waiting staff                   | pelayan restoran, pramusaji, pelayan
cooking             | cooking, cook, cooks, chef, chefs, cuisine, culinary, recipes, recipe, kitchen, dishes, meals | memasak, masak, masakan, juru masak, koki, chef, kuliner, resep, dapur, hidangan
baking              | baking, bake, baker, bakery, pastry, pastries, bread, cake, cakes, cookies, dessert, desserts | kue, roti, bolu, pastri, pembuat kue, baking, toko roti, membuat kue
food                | food, foods, nutrition, snacks, snack             | makanan, pangan, gizi, camilan
food safety         | food safety, food hygiene, sanitation, hygiene, haccp | keamanan pangan, keamanan makanan, sanitasi, higiene, kebersihan makanan
beverage            | beverage, beverages, drinks, drink                 | minuman
coffee              | coffee, espresso, latte, cafe, coffee shop        | kopi, kedai kopi, kafe, cafe
barista             | barista, baristas                                 | barista, pramutama bar
bartending          | bartending, bartender, mixology, cocktail, cocktails | bartender, koktail, mixologi, pramutama bar
wine                | wine, wines, sommelier                            | anggur, wine
# — beauty, health, fitness
makeup              | makeup, make up, makeup artist, mua, cosmetics, cosmetic | tata rias, rias, merias, penata rias, perias, riasan, makeup, make up, mua, kosmetik, rias wajah, merias wajah
skincare            | skincare, skin care, skin, facial, dermatology, beauty therapy, esthetician, beautician | perawatan kulit, kulit wajah, merawat kulit, skincare, perawatan wajah, beautician, kecantikan
beauty              | beauty, beauty salon, salon                       | kecantikan, salon, salon kecantikan
hair                | hair, hairdressing, hairdresser, barber, hairstyling | rambut, penata rambut, pangkas rambut, barber
spa                 | spa, massage, massage therapy, reflexology, wellness | spa, pijat, pemijatan, urut, refleksi
fitness             | fitness, personal trainer, workout, gym, training athletes, physical exercise, sports science | kebugaran, pelatih kebugaran, olahraga, senam, fitness
health              | health, healthcare, medical, medicine, wellbeing  | kesehatan, medis, kedokteran
nursing             | nursing, nurse, caregiver, caregiving, elderly care | perawat, keperawatan, pengasuh, caregiver
occupational safety | occupational safety, occupational health, workplace safety, safety officer, health and safety, osh, ohs, hse, k3 | k3, keselamatan kerja, kesehatan kerja, keselamatan dan kesehatan kerja, ahli k3, safety officer
safety              | safety, safe                                      | keselamatan, keamanan
first aid           | first aid                                         | pertolongan pertama, p3k
# — crafts, fashion, household
sewing              | sewing, sew, tailor, tailoring, dressmaking, seamstress, stitching, pattern making, dressmaker | menjahit, jahit, penjahit, penjahitan, modiste, pola baju, busana, rok, baju
garment             | garment, garments, apparel, clothing, clothes, textile, textiles | konveksi, konfeksi, garmen, pakaian, tekstil, sandang
craft               | craft, crafts, crafting, handmade, handicraft, diy | kerajinan, kriya, kerajinan tangan, prakarya, handmade
leather             | leather, leathercraft, leatherwork                | kulit, kerajinan kulit
batik               | batik, ecoprint, dyeing, tie dye                  | batik, membatik, ecoprint, pewarna alam
soap making         | soap, soap making, candle making, candles          | sabun, pembuatan sabun, lilin
jewelry             | jewelry, jewellery, beading                       | perhiasan, aksesoris, manik
florist             | florist, floral, flowers, flower arrangement      | florist, bunga, merangkai bunga
gift                | gift, gifts, hampers, gift wrapping, wrapping     | hantaran, hampers, parsel, kado, bingkisan, menghias hantaran
cleaning            | cleaning, cleaner, janitor, janitorial, housekeeping services | kebersihan, petugas kebersihan, bersih bersih, cleaning service, membersihkan
home                | home, house, household, domestic                  | rumah, rumahan, rumah tangga
childcare           | childcare, parenting, child, children, kids, babysitting | pengasuhan, anak, parenting, balita
# — agriculture, farming, fisheries
agriculture         | agriculture, agricultural, farming, farm, farmer, farmers, agribusiness, crops, crop | pertanian, bertani, petani, tani, agribisnis, budidaya, tanaman, bercocok tanam
hydroponics         | hydroponics, hydroponic, aquaponics, urban farming | hidroponik, hidroponika, akuaponik, budikdamber
gardening           | gardening, garden, plants, horticulture           | berkebun, kebun, hortikultura, taman
vegetables          | vegetables, vegetable                              | sayur, sayuran, sayur mayur
livestock           | livestock, animal husbandry, poultry, chicken, chickens, cattle, goat | peternakan, ternak, beternak, peternak, ayam, unggas, sapi, kambing
fisheries           | fisheries, fishery, aquaculture, fish farming, fish | perikanan, budidaya ikan, ikan, lele, tambak, nila
food processing     | food processing, food production                  | pengolahan pangan, pengolahan makanan, olahan
# — trades and technical work
mining              | mining, mine, mines, mineral                      | pertambangan, tambang, penambangan
construction        | construction, building construction, civil engineering | konstruksi, bangunan, teknik sipil
electrical          | electrical, electricity, electrician, electronics, electronic | listrik, kelistrikan, elektronik, elektro, teknisi listrik
air conditioning    | air conditioning, hvac, refrigeration, ac repair   | ac, pendingin, tata udara, reparasi ac, servis ac
phone repair        | phone repair, mobile phone repair, smartphone repair, cell phone repair | servis hp, servis handphone, teknisi handphone, reparasi handphone, perbaikan hp, memperbaiki handphone
smartphone          | smartphone, smartphones, phone, phones, mobile phone, cell phone, mobile | handphone, hp, ponsel, telepon genggam, gawai, smartphone
automotive          | automotive, car, cars, vehicle, mechanic, motorcycle | otomotif, mobil, kendaraan, montir, mekanik, motor, bengkel
driving             | driving, driver, drivers                          | mengemudi, pengemudi, sopir, supir
logistics           | logistics, supply chain, shipping, warehouse, warehousing, inventory, delivery, freight | logistik, rantai pasok, gudang, pergudangan, persediaan, pengiriman, ekspedisi, inventaris
export import       | export, import, exporting, importing, international trade | ekspor, impor, ekspor impor, perdagangan internasional
real estate         | real estate, property, properties, realtor         | properti, real estate, agen properti
law                 | law, legal, lawyer, contract, contracts, compliance | hukum, legal, kontrak, perjanjian, kepatuhan
# — music and performance
music               | music, musical, musician, musicians, sheet music   | musik, musisi, bermusik
music production    | music production, music producer, mixing, mastering audio, audio production, audio engineering, beat making | produksi musik, produser musik, mixing, mastering
film scoring        | film scoring, film score, composing for film, film music, scoring for film | skoring musik, skoring film, musik film, scoring
composition         | composition, composing, composer, songwriting, songwriter, singer songwriter, singer songwriters | komposisi, mengarang lagu, menulis lagu, pencipta lagu, komponis
singing             | singing, singer, singers, vocal, vocals, voice, sing | bernyanyi, menyanyi, penyanyi, vokal, nyanyi, olah vokal
guitar              | guitar, guitars, guitarist                        | gitar, gitaris
piano               | piano, keyboard, pianist                          | piano, pianis, keyboard
drums               | drums, drum, drummer, percussion                  | drum, drummer, perkusi
acting              | acting, actor, actors, theatre, theater           | akting, aktor, teater, seni peran
dance               | dance, dancing, dancer                            | tari, menari, penari, tarian
`;

export interface GlossaryEntry {
  concept: string;
  en: readonly string[];
  id: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = TABLE.split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [concept = '', en = '', id = ''] = line.split('|').map((cell) => cell.trim());
    const forms = (cell: string) =>
      cell
        .split(',')
        .map((form) => form.trim())
        .filter(Boolean);
    return { concept, en: [concept, ...forms(en)], id: forms(id) };
  })
  .filter((entry) => entry.concept && (entry.en.length > 1 || entry.id.length > 0));

/**
 * Broader concepts a narrower one implies, at reduced weight: a bookkeeping course is, a little, an
 * accounting course. Kept short and general.
 */
export const BROADER: Readonly<Record<string, readonly string[]>> = {
  bookkeeping: ['accounting'],
  'financial accounting': ['accounting', 'finance'],
  'financial statements': ['financial accounting', 'accounting', 'finance'],
  'financial analysis': ['finance'],
  'financial planning': ['finance'],
  'corporate finance': ['finance'],
  investment: ['finance'],
  tax: ['accounting'],
  audit: ['accounting'],
  'graphic design': ['design'],
  'logo design': ['graphic design', 'design'],
  poster: ['graphic design'],
  'print design': ['graphic design'],
  'packaging design': ['graphic design'],
  typography: ['graphic design'],
  layout: ['graphic design'],
  'visual identity': ['graphic design'],
  'ui design': ['design'],
  'ux design': ['design'],
  'web design': ['design', 'website'],
  'web development': ['website', 'programming'],
  frontend: ['web development'],
  backend: ['web development'],
  fullstack: ['web development'],
  'digital marketing': ['marketing', 'digital'],
  'social media marketing': ['social media', 'marketing', 'digital marketing'],
  'content marketing': ['marketing', 'content'],
  'email marketing': ['marketing'],
  'influencer marketing': ['marketing', 'influencer'],
  seo: ['digital marketing'],
  'photo editing': ['photography'],
  'product photography': ['photography'],
  'food photography': ['photography'],
  'video editing': ['video'],
  'video production': ['video'],
  'data analysis': ['data'],
  'data science': ['data'],
  'data visualization': ['data'],
  'machine learning': ['artificial intelligence'],
  'project management': ['management'],
  'human resources': ['management'],
  'people analytics': ['human resources'],
  catering: ['food and beverage'],
  barista: ['coffee'],
  bartending: ['beverage'],
  baking: ['cooking'],
  'music production': ['music'],
  'film scoring': ['music', 'composition'],
  singing: ['music'],
  guitar: ['music'],
  piano: ['music'],
  'job interview': ['career'],
  resume: ['career'],
  housekeeping: ['hospitality'],
  'front office': ['hospitality'],
  'small business': ['business'],
  entrepreneurship: ['business'],
  'business plan': ['business', 'planning'],
  ecommerce: ['sales', 'digital'],
  telemarketing: ['sales'],
  copywriting: ['writing', 'advertising'],
  'business writing': ['writing'],
  'creative writing': ['writing'],
};
