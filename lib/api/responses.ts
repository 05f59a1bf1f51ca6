import { NextResponse } from "next/server";

export type ApiErrorCode = "not_found" | "invalid_date" | "invalid_id" | "invalid_limit" | "invalid_page" | "invalid_query" | "empty_query" | "unknown_concept" | "invalid_sort" | "invalid_mode" | "invalid_filter" | "semantic_off" | "invalid_slug" | "invalid_format";

/** Every API error has the shape { error: { code, message } }. */
export function apiError(status: number, code: ApiErrorCode, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status });
}

export function apiJson(body: unknown): NextResponse {
  return NextResponse.json(body);
}
