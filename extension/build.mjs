// Builds dist/ (Chrome, Edge) and dist-firefox/ from src/ with esbuild. Usage: node build.mjs [--watch]
// UNSPOKEN_DEFAULT_BACKEND sets the production backend origin (manifest host permission + popup default).
import * as esbuild from "esbuild";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const backend = (process.env.UNSPOKEN_DEFAULT_BACKEND ?? "https://api.unspoken.app").replace(/\/+$/, "");
if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(backend)) throw new Error(`UNSPOKEN_DEFAULT_BACKEND must be an https origin: ${backend}`);

const dist = join(here, "dist");
const distFirefox = join(here, "dist-firefox");

const common = {
  bundle: true,
  target: ["chrome116", "firefox140"],
  minify: true,
  sourcemap: false,
  legalComments: "none",
  define: { __DEFAULT_BACKEND__: JSON.stringify(backend) },
  logLevel: "warning",
};

function manifest(kind) {
  const m = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8"));
  m.host_permissions = m.host_permissions.map((p) => p.replace("__DEFAULT_BACKEND__", backend));
  if (kind === "firefox") {
    delete m.minimum_chrome_version;
    m.background = { scripts: ["background.js"], type: "module" };
    // What leaves the browser (Firefox asks users to consent to it): the addresses and display names of
    // the contacts shown on the mail page, sent to the user's own Unspoken backend to look up their badges.
    m.browser_specific_settings = {
      gecko: {
        id: "extension@unspoken.app",
        strict_min_version: "140.0", // the first ESR with data_collection_permissions
        data_collection_permissions: { required: ["personallyIdentifyingInfo"] },
      },
      gecko_android: { strict_min_version: "142.0" },
    };
  }
  return JSON.stringify(m, null, 2) + "\n";
}

// A tiny PNG writer so no binary icons need committing: a red disc with a white bar (the "!" of at risk).
function icon(size) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const r = size / 2;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const d = Math.hypot(x + 0.5 - r, y + 0.5 - r);
      const inDisc = d <= r - 0.5;
      const bar = Math.abs(x + 0.5 - r) <= size * 0.08 && ((y > size * 0.22 && y < size * 0.62) || (y > size * 0.7 && y < size * 0.8));
      const [R, G, B] = bar ? [255, 255, 255] : [197, 34, 31];
      raw[o] = R;
      raw[o + 1] = G;
      raw[o + 2] = B;
      raw[o + 3] = inDisc ? 255 : 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function build() {
  rmSync(dist, { recursive: true, force: true });
  rmSync(distFirefox, { recursive: true, force: true });
  mkdirSync(join(dist, "icons"), { recursive: true });
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [join(here, "src/background.ts")], outfile: join(dist, "background.js"), format: "esm" }),
    esbuild.build({ ...common, entryPoints: [join(here, "src/content.ts")], outfile: join(dist, "content.js"), format: "iife" }),
    esbuild.build({ ...common, entryPoints: [join(here, "src/popup/popup.ts")], outfile: join(dist, "popup.js"), format: "esm" }),
  ]);
  cpSync(join(here, "src/popup/popup.html"), join(dist, "popup.html"));
  cpSync(join(here, "src/popup/popup.css"), join(dist, "popup.css"));
  for (const s of [16, 32, 48, 128]) writeFileSync(join(dist, "icons", `${s}.png`), icon(s));
  writeFileSync(join(dist, "manifest.json"), manifest("chrome"));
  cpSync(dist, distFirefox, { recursive: true });
  writeFileSync(join(distFirefox, "manifest.json"), manifest("firefox"));
}

const t0 = Date.now();
await build();
console.log(`extension built in ${Date.now() - t0} ms → dist/ (Chrome, Edge), dist-firefox/ (Firefox)`);
