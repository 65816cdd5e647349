/** The abstract cover illustrations of the demo news (drawn by `svgCover`). */
import type { Cover } from './svg.ts';

export const COVERS: readonly Cover[] = [
  {
    id: 'road-lines',
    title: 'Demo illustration: a road with lane markings',
    alt: {
      kk: 'Иллюстрация: көкжиекке қарай созылған ақ белгілері бар жол',
      ru: 'Иллюстрация: дорога с белой разметкой, уходящая к горизонту',
      en: 'Illustration: a road with white lane markings stretching to the horizon',
    },
    body:
      '<rect width="1200" height="630" fill="#dbe7f0"/><rect y="300" width="1200" height="330" fill="#b9d3a8"/>' +
      '<path d="M520 300h160l420 330H100z" fill="#5e6a73"/>' +
      '<path d="M596 320h8l4 40h-16zM592 390h16l8 70h-32zM586 500h28l12 130h-52z" fill="#f4f4ef"/>' +
      '<path d="M520 300l-420 330h30l400-330zM680 300l420 330h-30L670 300z" fill="#e9e3c4"/>',
  },
  {
    id: 'shield',
    title: 'Demo illustration: a shield with a star',
    alt: {
      kk: 'Иллюстрация: жұлдызы бар көк қалқан — полиция символы',
      ru: 'Иллюстрация: синий щит со звездой — символ полиции',
      en: 'Illustration: a blue shield with a star, a symbol of the police',
    },
    body:
      '<rect width="1200" height="630" fill="#e3ebf5"/><circle cx="600" cy="315" r="250" fill="#d3dfee"/>' +
      '<path d="M600 110l190 60v140c0 120-80 190-190 230-110-40-190-110-190-230V170z" fill="#2f5d8a"/>' +
      '<path d="M600 140l160 50v120c0 100-66 160-160 196-94-36-160-96-160-196V190z" fill="#3d73a8"/>' +
      '<path d="M600 225l24 50 55 7-40 38 10 55-49-27-49 27 10-55-40-38 55-7z" fill="#f2c85b"/>',
  },
  {
    id: 'house',
    title: 'Demo illustration: a house with lit windows',
    alt: {
      kk: 'Иллюстрация: терезелерінде жарық жанған тұрғын үй және аулада өскен ағаш',
      ru: 'Иллюстрация: жилой дом с освещёнными окнами и деревом во дворе',
      en: 'Illustration: a house with lit windows and a tree in the yard',
    },
    body:
      '<rect width="1200" height="630" fill="#f2eee4"/><rect y="520" width="1200" height="110" fill="#c9d8b6"/>' +
      '<path d="M400 260l200-140 200 140z" fill="#b5654f"/><rect x="430" y="260" width="340" height="260" fill="#e8d9bd"/>' +
      '<rect x="470" y="300" width="80" height="70" fill="#f6d77a"/><rect x="650" y="300" width="80" height="70" fill="#f6d77a"/>' +
      '<rect x="560" y="400" width="80" height="120" fill="#7a5a45"/><rect x="470" y="410" width="60" height="60" fill="#f6d77a"/>' +
      '<rect x="918" y="400" width="24" height="120" fill="#7a5a45"/><circle cx="930" cy="360" r="80" fill="#7fa36b"/>',
  },
  {
    id: 'school-crossing',
    title: 'Demo illustration: a zebra crossing and two children',
    alt: {
      kk: 'Иллюстрация: «зебра» жаяу жүргінші өткелі және жол жиегіндегі екі бала',
      ru: 'Иллюстрация: пешеходный переход «зебра» и двое детей у дороги',
      en: 'Illustration: a zebra crossing with two children at the kerb',
    },
    body:
      '<rect width="1200" height="630" fill="#e8f2e6"/><rect y="380" width="1200" height="190" fill="#666f76"/>' +
      '<path d="M380 400h60v150h-60zM480 400h60v150h-60zM580 400h60v150h-60zM680 400h60v150h-60zM780 400h60v150h-60z" fill="#f5f5f0"/>' +
      '<circle cx="250" cy="230" r="34" fill="#d9a37e"/><rect x="215" y="270" width="70" height="110" rx="30" fill="#e07a5f"/>' +
      '<circle cx="330" cy="255" r="28" fill="#c98f6b"/><rect x="302" y="288" width="56" height="92" rx="26" fill="#3d85c6"/>' +
      '<rect x="980" y="150" width="12" height="230" fill="#8a939a"/><rect x="936" y="110" width="100" height="100" rx="8" fill="#2f6fb0"/>' +
      '<path d="M986 130l34 62h-68z" fill="#fff"/>',
  },
  {
    id: 'traffic-light',
    title: 'Demo illustration: a traffic light',
    alt: {
      kk: 'Иллюстрация: қызыл, сары және жасыл белгілері бар бағдаршам',
      ru: 'Иллюстрация: светофор с красным, жёлтым и зелёным сигналами',
      en: 'Illustration: a traffic light with red, amber and green signals',
    },
    body:
      '<rect width="1200" height="630" fill="#e6edf1"/><circle cx="600" cy="315" r="270" fill="#d6e2e9"/>' +
      '<rect x="588" y="470" width="24" height="160" fill="#69737a"/><rect x="510" y="90" width="180" height="390" rx="40" fill="#37424a"/>' +
      '<circle cx="600" cy="170" r="48" fill="#d9675b"/><circle cx="600" cy="285" r="48" fill="#e8bf55"/>' +
      '<circle cx="600" cy="400" r="48" fill="#5fae7b"/>',
  },
  {
    id: 'winter-road',
    title: 'Demo illustration: snowy mountains and a road',
    alt: {
      kk: 'Иллюстрация: қарлы таулар, жол және жауып тұрған қар ұлпалары',
      ru: 'Иллюстрация: заснеженные горы, дорога и падающие снежинки',
      en: 'Illustration: snowy mountains, a road and falling snowflakes',
    },
    body:
      '<rect width="1200" height="630" fill="#dfe9f3"/><path d="M0 380l240-200 180 140 220-230 260 230 160-120 140 180z" fill="#9fb5cb"/>' +
      '<path d="M240 180l70 58-40 10-30-20-40 30-50-10zM640 90l80 72-50 0-30-25-35 30-45-8z" fill="#fff"/>' +
      '<rect y="380" width="1200" height="250" fill="#f4f7fa"/><path d="M540 380h120l300 250H240z" fill="#7c8a96"/>' +
      '<path d="M596 400h8v40h-8zM594 480h12v60h-12z" fill="#fff"/>' +
      '<g stroke="#fff" stroke-width="6" stroke-linecap="round"><path d="M150 80v40M130 100h40M1000 120v40M980 140h40M880 50v30M865 65h30M330 60v30M315 75h30"/></g>',
  },
  {
    id: 'phone-warning',
    title: 'Demo illustration: a smartphone with a warning sign',
    alt: {
      kk: 'Иллюстрация: экранында ескерту белгісі бар смартфон',
      ru: 'Иллюстрация: смартфон с предупреждающим знаком на экране',
      en: 'Illustration: a smartphone with a warning sign on its screen',
    },
    body:
      '<rect width="1200" height="630" fill="#f5ece2"/><circle cx="600" cy="315" r="260" fill="#efdcc8"/>' +
      '<rect x="470" y="70" width="260" height="490" rx="36" fill="#3b4750"/><rect x="490" y="120" width="220" height="380" rx="8" fill="#f7f4ef"/>' +
      '<path d="M600 200l90 160H510z" fill="#e3a53c"/><rect x="592" y="250" width="16" height="60" rx="6" fill="#3b4750"/>' +
      '<circle cx="600" cy="334" r="10" fill="#3b4750"/><circle cx="600" cy="530" r="14" fill="#5b6770"/>',
  },
  {
    id: 'meeting',
    title: 'Demo illustration: people around a table',
    alt: {
      kk: 'Иллюстрация: дөңгелек үстел басында отырған адамдар',
      ru: 'Иллюстрация: люди сидят за круглым столом',
      en: 'Illustration: people sitting around a round table',
    },
    body:
      '<rect width="1200" height="630" fill="#edf0f6"/>' +
      '<circle cx="380" cy="230" r="42" fill="#c98f6b"/><rect x="330" y="275" width="100" height="120" rx="40" fill="#6d8fb8"/>' +
      '<circle cx="600" cy="190" r="42" fill="#d9a37e"/><rect x="550" y="235" width="100" height="120" rx="40" fill="#2f5d8a"/>' +
      '<circle cx="820" cy="230" r="42" fill="#b88463"/><rect x="770" y="275" width="100" height="120" rx="40" fill="#8aa67a"/>' +
      '<ellipse cx="600" cy="420" rx="360" ry="90" fill="#c9a77f"/><ellipse cx="600" cy="410" rx="340" ry="76" fill="#dcbf98"/>' +
      '<rect x="470" y="385" width="80" height="50" rx="4" fill="#fff"/><rect x="650" y="380" width="80" height="50" rx="4" fill="#fff"/>',
  },
  {
    id: 'documents',
    title: 'Demo illustration: documents and a tick',
    alt: {
      kk: 'Иллюстрация: құжаттар және жасыл белгі',
      ru: 'Иллюстрация: документы и зелёная галочка',
      en: 'Illustration: documents and a green tick',
    },
    body:
      '<rect width="1200" height="630" fill="#eff3ea"/>' +
      '<rect x="400" y="110" width="300" height="400" rx="12" fill="#d7dccf" transform="rotate(-6 550 310)"/>' +
      '<rect x="460" y="100" width="300" height="400" rx="12" fill="#fff"/>' +
      '<path d="M500 170h220M500 210h220M500 250h180M500 290h220M500 330h140" stroke="#b8c0c8" stroke-width="12" stroke-linecap="round"/>' +
      '<circle cx="760" cy="450" r="80" fill="#5fae7b"/><path d="M720 450l28 30 52-60" fill="none" stroke="#fff" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>',
  },
  {
    id: 'fireworks',
    title: 'Demo illustration: fireworks in the evening sky',
    alt: {
      kk: 'Иллюстрация: кешкі аспандағы мерекелік отшашу',
      ru: 'Иллюстрация: праздничный салют в вечернем небе',
      en: 'Illustration: fireworks in the evening sky',
    },
    body:
      '<rect width="1200" height="630" fill="#2f3b5c"/><rect y="520" width="1200" height="110" fill="#222b44"/>' +
      '<g stroke-width="8" stroke-linecap="round">' +
      '<path d="M400 140v-60M400 260v60M340 200h-60M460 200h60M358 158l-40-40M442 242l40 40M442 158l40-40M358 242l-40 40" stroke="#f2c85b"/>' +
      '<path d="M800 230v-50M800 330v50M750 280h-50M850 280h50M765 245l-35-35M835 315l35 35M835 245l35-35M765 315l-35 35" stroke="#e58f84"/>' +
      '<path d="M600 90v-30M600 150v30M570 120h-30M630 120h30" stroke="#9ad1c0"/></g>' +
      '<path d="M100 520v-80h80v80zM220 520v-120h60v120zM900 520v-100h90v100zM1020 520v-60h70v60z" fill="#3a4670"/>',
  },
  {
    id: 'city-mountains',
    title: 'Demo illustration: a city skyline against mountains',
    alt: {
      kk: 'Иллюстрация: Іле Алатауы тауларының аясындағы қала сұлбасы',
      ru: 'Иллюстрация: силуэт города на фоне гор Заилийского Алатау',
      en: 'Illustration: a city skyline against the Trans-Ili Alatau mountains',
    },
    body:
      '<rect width="1200" height="630" fill="#dae7f1"/><path d="M0 400l200-210 150 120 250-230 230 210 170-130 200 240z" fill="#a9bccf"/>' +
      '<path d="M520 150l80-70 60 55-40 5-25-20-35 35z" fill="#fff"/>' +
      '<path d="M0 630V430h90v-60h70v60h60V330h80v300zM340 630V390h100v-40h60v280zM560 630V300h70v330zM680 630V410h120v220zM840 630V360h80v-50h50v320zM1010 630V420h190v210z" fill="#5d7387"/>',
  },
  {
    id: 'scooter',
    title: 'Demo illustration: an electric scooter',
    alt: {
      kk: 'Иллюстрация: тротуардағы электросамокат',
      ru: 'Иллюстрация: электросамокат на тротуаре',
      en: 'Illustration: an electric scooter on a pavement',
    },
    body:
      '<rect width="1200" height="630" fill="#eaf3ee"/><rect y="500" width="1200" height="130" fill="#c7ccc9"/>' +
      '<path d="M0 500h1200" stroke="#a5aca8" stroke-width="8"/>' +
      '<circle cx="420" cy="450" r="50" fill="#37424a"/><circle cx="800" cy="450" r="50" fill="#37424a"/>' +
      '<circle cx="420" cy="450" r="20" fill="#c7ccc9"/><circle cx="800" cy="450" r="20" fill="#c7ccc9"/>' +
      '<rect x="420" y="410" width="330" height="26" rx="12" fill="#3d85c6"/>' +
      '<path d="M790 450l-60-300" stroke="#37424a" stroke-width="22" stroke-linecap="round"/>' +
      '<path d="M680 150h110" stroke="#37424a" stroke-width="20" stroke-linecap="round"/>',
  },
];
export const COVER_BY_ID = new Map(COVERS.map((c) => [c.id, c]));
