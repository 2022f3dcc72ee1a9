#!/usr/bin/env node
// Make the deck's logo files from a company's short name: a plain wordmark (no downloaded assets).
//   node scripts/wordmark.mjs IIJ templates/deck   → logo.svg and logo.png (the PNG via Chromium)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const [name = 'IIJ', dir = 'templates/deck'] = process.argv.slice(2);
const w = 60 + name.length * 46; const h = 84;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${name}">
  <rect x="0" y="0" width="${w}" height="${h}" rx="10" fill="#FFFFFF"/>
  <rect x="8" y="${h - 16}" width="${w - 16}" height="6" fill="#2E6DB4"/>
  <text x="${w / 2}" y="58" text-anchor="middle" font-family="Liberation Sans, Arial, sans-serif" font-size="56" font-weight="700" font-style="italic" letter-spacing="2" fill="#12306B">${name}</text>
</svg>
`;
writeFileSync(join(dir, 'logo.svg'), svg);
const browser = await puppeteer.launch({ executablePath: process.env.QUARTERDECK_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
const page = await browser.newPage();
await page.setViewport({ width: w, height: h, deviceScaleFactor: 4 });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
const png = await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: w, height: h } });
writeFileSync(join(dir, 'logo.png'), png);
await browser.close();
console.log(`wrote ${join(dir, 'logo.svg')} and logo.png (${w}×${h})`);
