// bench/node/readability.mjs — the Mozilla Readability anchor of bench/extract.sh: reads the
// gzip-compressed pages named on the command line, runs Readability (over jsdom, as its
// README shows) on each, and writes one JSON line per page {"id","text"}; on stderr the
// process's CPU seconds (user + system) spent from reading the files to the texts.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { gunzipSync } from "node:zlib";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const quiet = new VirtualConsole();          // pages' own script errors are not ours
const t0 = process.cpuUsage();
const out = [];
for (const path of process.argv.slice(2)) {
  let text = "";
  try {
    const html = gunzipSync(readFileSync(path)).toString("utf8");
    const dom = new JSDOM(html, { url: "https://example.com/", virtualConsole: quiet });
    const art = new Readability(dom.window.document).parse();
    text = art && art.textContent ? art.textContent : "";
    dom.window.close();
  } catch (e) {
    text = "";                               // a page it cannot read counts as empty
  }
  out.push(JSON.stringify({ id: basename(path).split(".")[0], text }));
}
const t = process.cpuUsage(t0);
process.stdout.write(out.join("\n") + "\n");
process.stderr.write(`cpu ${(t.user + t.system) / 1e6}\n`);
