import { describe, expect, it } from "vitest";
import { refusalResponse } from "./refusal-response.ts";
import { MAX_TARGET_LENGTH, refuseRequest } from "./request-gate.ts";

describe("refuseRequest", () => {
  it("serves GET and HEAD of well-formed targets, Korean in the path and query included", () => {
    for (const target of [
      "/",
      "/ko/papers/2312.04876",
      "/ko/search?q=%EC%96%91%EC%9E%90%ED%99%94&cat=cs.CL",
      "/api/search?q=a+b&page=2",
      "/ko?month=",
    ]) {
      expect(refuseRequest("GET", target)).toBeNull();
      expect(refuseRequest("HEAD", target)).toBeNull();
    }
  });

  it("refuses other methods with 405", () => {
    for (const method of ["TRACE", "POST", "DELETE", "OPTIONS", undefined])
      expect(refuseRequest(method, "/ko")).toMatchObject({
        status: 405,
        code: "method_not_allowed",
      });
  });

  it("refuses percent-encoding that is not UTF-8, and control characters, in the path or the query", () => {
    for (const target of [
      "/api/digests/%ff",
      "/ko/papers/%zz",
      "/api/%E0%A4%A",
      "/ko/concepts/lo%00ra",
      "/ko/search?q=%ff",
      "/api/search?q=a&cat=cs.CL%00",
      "/api/search?q=%0d%0aSet-Cookie:x",
    ]) {
      expect([target, refuseRequest("GET", target)?.status]).toEqual([target, 400]);
    }
    expect(refuseRequest("GET", `/api/search?q=${"a".repeat(MAX_TARGET_LENGTH)}`)).toMatchObject({
      status: 414,
    });
  });
});

describe("refusalResponse", () => {
  const refusal = refuseRequest("GET", "/api/%ff")!;

  it("answers the API in its error shape with a locked-down policy", () => {
    const answer = refusalResponse(refusal, "/api/%ff", {});
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: "malformed_request", message: expect.any(String) },
    });
    expect(answer.headers).toMatchObject({
      "Content-Type": "application/json",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": expect.stringContaining("default-src 'none'"),
    });
  });

  it("answers a feed in the API's error shape too", () => {
    const path = "/ko/concepts/%ff/feed.xml";
    const feed = refusalResponse(refuseRequest("GET", path)!, path, {});
    expect(JSON.parse(feed.body).error.code).toBe("malformed_request");
    expect(feed.headers["Content-Type"]).toBe("application/json");
  });

  it("answers a page with an HTML page in the path's locale, else the reader's", () => {
    expect(refusalResponse(refusal, "/en/papers/%zz", {}).body).toContain('<html lang="en">');
    const korean = refusalResponse(refuseRequest("TRACE", "/")!, "/", { acceptLanguage: "ko-KR" });
    expect(korean.body).toContain('<html lang="ko">');
    expect(korean.body).toContain("이 주소는 열 수 없습니다");
    expect(korean.headers.Allow).toBe("GET, HEAD");
    expect(
      refusalResponse(refusal, "/x", { cookie: "a=b; pb_locale=en", acceptLanguage: "ko" }).body,
    ).toContain('<html lang="en">');
  });
});
