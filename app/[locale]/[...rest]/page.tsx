import { notFound } from "next/navigation";

// Any path under a locale that no page claims.
export default function UnknownPage() {
  notFound();
}
