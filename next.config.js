/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native and generated database modules must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@huggingface/transformers", "onnxruntime-node"],
};

export default nextConfig;
