import type { NextConfig } from "next";
import { BASE_SECURITY_HEADERS, LOCKED_CSP } from "./lib/http/security-headers.ts";

const headers = (values: Record<string, string>) => Object.entries(values).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and generated database modules must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@huggingface/transformers", "onnxruntime-node"],
  // Pages set their own Content-Security-Policy with a nonce (proxy.ts); the API and static files
  // get one that lets nothing run.
  async headers() {
    return [
      { source: "/:path*", headers: headers(BASE_SECURITY_HEADERS) },
      { source: "/api/:path*", headers: headers({ "Content-Security-Policy": LOCKED_CSP }) },
      { source: "/_next/:path*", headers: headers({ "Content-Security-Policy": LOCKED_CSP }) },
      // The metadata files and feeds beside the pages, which proxy.ts leaves alone.
      ...[
        "/robots.txt",
        "/sitemap.xml",
        "/sitemaps/:file",
        "/icon.svg",
        "/favicon.ico",
        "/:locale/feed.xml",
        "/:locale/concepts/:slug/feed.xml",
        "/:locale/search/feed.xml",
      ].map((source) => ({
        source,
        headers: headers({ "Content-Security-Policy": LOCKED_CSP }),
      })),
    ];
  },
};

export default nextConfig;
