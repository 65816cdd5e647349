/**
 * Draws public/og-image.png, the picture shown in link previews (1200×630), from SVG.
 * Run once after changing the design: `node scripts/og-image.ts`.
 */
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#062f57"/>
  <rect y="560" width="1200" height="70" fill="#00afca"/>
  <g transform="translate(110 150) scale(6)">
    <path d="M22 1 2 8v15c0 13 8.8 22.4 20 27 11.2-4.6 20-14 20-27V8z" fill="#fec50c"/>
    <path d="M22 5 6 10.6v12.2c0 10.6 7 18.4 16 22.4 9-4 16-11.8 16-22.4V10.6z" fill="#00afca"/>
    <circle cx="22" cy="21" r="6.5" fill="#fec50c"/>
  </g>
  <g fill="#ffffff" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700">
    <text x="470" y="270" font-size="64">MPS Almaty</text>
    <text x="470" y="350" font-size="40">Local Police Service</text>
    <text x="470" y="410" font-size="40">Жергілікті полиция қызметі</text>
  </g>
</svg>`;

await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile('public/og-image.png');
console.log('wrote public/og-image.png');
