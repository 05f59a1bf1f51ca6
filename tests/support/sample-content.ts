export { sampleDigests } from "../../scripts/lib/sample-digests.ts";
