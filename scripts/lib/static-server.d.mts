import type http from "node:http";
export function startStaticServer(file: string, port: number, contentType?: string): Promise<http.Server>;
