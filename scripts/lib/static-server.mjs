// The benchmarks' baseline: a minimal static-file server that reads the file from disk on every
// request, as a file server does, and answers with nothing but type and length.
import fs from "node:fs";
import http from "node:http";

/** Serves `file` on 127.0.0.1:`port` for any path; resolves once listening. */
export function startStaticServer(file, port, contentType = "text/html; charset=utf-8") {
  const server = http.createServer((_req, res) => {
    fs.readFile(file, (err, data) => {
      if (err) return void res.writeHead(500).end();
      res.writeHead(200, { "content-type": contentType, "content-length": data.length });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
