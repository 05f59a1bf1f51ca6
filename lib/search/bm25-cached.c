/*
** bm25_cached(paper_search, weights...): FTS5's bm25() with the same arguments, the same
** formula and the same operations in the same order (ext/fts5/fts5_aux.c), so every score is
** bit for bit the one bm25() gives. The difference is what it keeps between queries, per
** connection, until the database changes (SQLITE_FCNTL_DATA_VERSION counts commits by this and
** every other connection):
**  - each row's length: bm25() looks it up in paper_search_docsize, one statement step per
**    row, which is half of ranking 60,000 matches; here it is read once into an array indexed
**    by rowid;
**  - each phrase's number of matching rows (for its idf): bm25() counts them for every query
**    and every reader thread anew, a pass over the phrase's whole doclist; here they are kept by
**    the phrase's tokens. The search writes only plain quoted phrases; a prefix ("x*") or a
**    column filter would need its own key.
** It also counts the rows it scores, for bm25_cached_rows() (below).
** It is loaded into the search's reader connections only, which never hold a transaction open.
** Inside one, the data version does not count the connection's own uncommitted writes, so
** there it keeps nothing and computes as bm25() does; so too where rowids are too sparse for an
** array, or the lengths do not add up to FTS5's own totals.
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include "fts5.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DOCSIZE_TABLE "paper_search_docsize"

/* A phrase's tokens (each as its length and bytes) and the number of rows it matches. */
typedef struct PhraseCount {
  char *zKey;
  int nKey;
  sqlite3_int64 nHit;
} PhraseCount;

#define MAX_PHRASE_COUNTS 512

/* Per connection: what is kept as of dataVersion. */
typedef struct Held {
  sqlite3 *db;
  int loaded;
  int usable;                     /* 0: the array does not match FTS5's totals; look rows up */
  unsigned int dataVersion;
  sqlite3_int64 maxRowid;
  int *aLen;                      /* each row's length in tokens, all columns together */
  PhraseCount aCount[MAX_PHRASE_COUNTS];
  int nCount;
  sqlite3_int64 nRows;            /* rows scored since bm25_cached_rows() was last read */
  sqlite3_int64 iLastRowid;
} Held;

static void forgetCounts(Held *p){
  int i;
  for(i=0; i<p->nCount; i++) sqlite3_free(p->aCount[i].zKey);
  p->nCount = 0;
}

/* Per query, as bm25()'s Fts5Bm25Data, plus whether this query may read the held lengths. */
typedef struct QueryData {
  int nPhrase;
  int useLengths;
  double avgdl;
  double *aIDF;
  double *aFreq;
} QueryData;

/* FTS5's varint (SQLite's record format): big-endian groups of 7 bits, high bit set on all but the last. */
static int readVarint(const unsigned char *a, int n, int *pi, sqlite3_int64 *pv){
  sqlite3_int64 v = 0;
  int k;
  for(k=0; k<9 && *pi<n; k++){
    unsigned char c = a[(*pi)++];
    if( k==8 ){ v = (v<<8) | c; *pv = v; return 1; }
    v = (v<<7) | (c & 0x7f);
    if( (c & 0x80)==0 ){ *pv = v; return 1; }
  }
  return 0;
}

static int loadLengths(Held *p, sqlite3_int64 nRow, sqlite3_int64 nToken){
  sqlite3_stmt *pStmt = 0;
  sqlite3_int64 maxRowid = 0, nSeen = 0, nSum = 0;
  int rc;
  free(p->aLen);
  p->aLen = 0;
  p->loaded = 1;
  p->usable = 0;
  rc = sqlite3_prepare_v2(p->db, "SELECT max(id) FROM " DOCSIZE_TABLE, -1, &pStmt, 0);
  if( rc!=SQLITE_OK ) return rc;
  if( sqlite3_step(pStmt)==SQLITE_ROW ) maxRowid = sqlite3_column_int64(pStmt, 0);
  rc = sqlite3_finalize(pStmt);
  if( rc!=SQLITE_OK ) return rc;
  /* Sparse or negative rowids: an array would waste memory, so rows are looked up instead. */
  if( maxRowid<0 || maxRowid > 16*nRow + 65536 ) return SQLITE_OK;
  p->aLen = (int*)calloc((size_t)maxRowid + 1, sizeof(int));
  if( p->aLen==0 ) return SQLITE_OK;
  p->maxRowid = maxRowid;
  rc = sqlite3_prepare_v2(p->db, "SELECT id, sz FROM " DOCSIZE_TABLE, -1, &pStmt, 0);
  if( rc!=SQLITE_OK ) return rc;
  while( sqlite3_step(pStmt)==SQLITE_ROW ){
    sqlite3_int64 iRowid = sqlite3_column_int64(pStmt, 0);
    const unsigned char *a = (const unsigned char*)sqlite3_column_blob(pStmt, 1);
    int n = sqlite3_column_bytes(pStmt, 1);
    int i = 0;
    sqlite3_int64 nLen = 0, v;
    while( i<n && readVarint(a, n, &i, &v) ) nLen += v;
    if( iRowid<0 || iRowid>maxRowid || nLen>0x7fffffff ) break;
    p->aLen[iRowid] = (int)nLen;
    nSeen++;
    nSum += nLen;
  }
  rc = sqlite3_finalize(pStmt);
  p->usable = (rc==SQLITE_OK && nSeen==nRow && nSum==nToken);
  return rc;
}

static int countRow(const Fts5ExtensionApi *pApi, Fts5Context *pFts, void *pUserData){
  (void)pApi; (void)pFts;
  (*(sqlite3_int64*)pUserData)++;
  return SQLITE_OK;
}

/* The rows phrase iPhrase matches: kept in pHeld by its tokens, or counted as bm25() does. */
static int phraseCount(const Fts5ExtensionApi *pApi, Fts5Context *pFts, Held *pHeld, int iPhrase, sqlite3_int64 *pnHit){
  sqlite3_str *pKey;
  char *zKey;
  int nKey, i, rc = SQLITE_OK;
  if( pHeld==0 || pApi->iVersion<3 ) return pApi->xQueryPhrase(pFts, iPhrase, (void*)pnHit, countRow);
  pKey = sqlite3_str_new(0);
  for(i=0; rc==SQLITE_OK && i<pApi->xPhraseSize(pFts, iPhrase); i++){
    const char *pToken;
    int nToken;
    rc = pApi->xQueryToken(pFts, iPhrase, i, &pToken, &nToken);
    if( rc==SQLITE_OK ){
      sqlite3_str_appendf(pKey, "%d:", nToken);
      sqlite3_str_append(pKey, pToken, nToken);
    }
  }
  nKey = sqlite3_str_length(pKey);
  zKey = sqlite3_str_finish(pKey);
  if( rc!=SQLITE_OK || zKey==0 ){
    /* No key (out of memory, or a phrase of no tokens): counted, not kept. */
    sqlite3_free(zKey);
    return rc!=SQLITE_OK ? rc : pApi->xQueryPhrase(pFts, iPhrase, (void*)pnHit, countRow);
  }
  for(i=0; i<pHeld->nCount; i++){
    if( pHeld->aCount[i].nKey==nKey && memcmp(pHeld->aCount[i].zKey, zKey, nKey)==0 ){
      sqlite3_free(zKey);
      *pnHit = pHeld->aCount[i].nHit;
      return SQLITE_OK;
    }
  }
  rc = pApi->xQueryPhrase(pFts, iPhrase, (void*)pnHit, countRow);
  if( rc!=SQLITE_OK ){
    sqlite3_free(zKey);
    return rc;
  }
  if( pHeld->nCount==MAX_PHRASE_COUNTS ) forgetCounts(pHeld);
  pHeld->aCount[pHeld->nCount].zKey = zKey;
  pHeld->aCount[pHeld->nCount].nKey = nKey;
  pHeld->aCount[pHeld->nCount].nHit = *pnHit;
  pHeld->nCount++;
  return SQLITE_OK;
}

static int queryData(const Fts5ExtensionApi *pApi, Fts5Context *pFts, QueryData **ppData){
  int rc = SQLITE_OK;
  QueryData *p = (QueryData*)pApi->xGetAuxdata(pFts, 0);
  if( p==0 ){
    Held *pHeld = (Held*)pApi->xUserData(pFts);
    /* Outside a transaction only: see the top of this file. */
    int keeps = sqlite3_get_autocommit(pHeld->db);
    int nPhrase = pApi->xPhraseCount(pFts);
    sqlite3_int64 nRow = 0, nToken = 0, nByte = sizeof(QueryData) + nPhrase*2*sizeof(double);
    unsigned int dataVersion = 0;
    int i;
    pHeld->nRows = 0;             /* a new query: its rows are counted from here */
    p = (QueryData*)sqlite3_malloc64(nByte);
    if( p==0 ) return SQLITE_NOMEM;
    memset(p, 0, (size_t)nByte);
    p->nPhrase = nPhrase;
    p->aIDF = (double*)&p[1];
    p->aFreq = &p->aIDF[nPhrase];
    rc = pApi->xRowCount(pFts, &nRow);
    if( rc==SQLITE_OK ) rc = pApi->xColumnTotalSize(pFts, -1, &nToken);
    if( rc==SQLITE_OK ) p->avgdl = (double)nToken / (double)nRow;
    /* A statement reads one snapshot, so the version is checked once per query. */
    if( rc==SQLITE_OK && keeps ){
      rc = sqlite3_file_control(pHeld->db, "main", SQLITE_FCNTL_DATA_VERSION, &dataVersion);
      if( rc==SQLITE_OK && (!pHeld->loaded || dataVersion!=pHeld->dataVersion) ){
        forgetCounts(pHeld);
        rc = loadLengths(pHeld, nRow, nToken);
        pHeld->dataVersion = dataVersion;
      }
      p->useLengths = pHeld->usable;
    }
    for(i=0; rc==SQLITE_OK && i<nPhrase; i++){
      sqlite3_int64 nHit = 0;
      rc = phraseCount(pApi, pFts, keeps ? pHeld : 0, i, &nHit);
      if( rc==SQLITE_OK ){
        double idf = log( (nRow - nHit + 0.5) / (nHit + 0.5) );
        if( idf<=0.0 ) idf = 1e-6;
        p->aIDF[i] = idf;
      }
    }
    if( rc==SQLITE_OK ) rc = pApi->xSetAuxdata(pFts, p, sqlite3_free);
    else sqlite3_free(p);
    if( rc!=SQLITE_OK ) p = 0;
  }
  *ppData = p;
  return rc;
}

static void bm25Cached(
  const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx,
  int nVal, sqlite3_value **apVal
){
  const double k1 = 1.2;
  const double b = 0.75;
  double score = 0.0, D = 0.0;
  QueryData *pData;
  int i;
  int rc = queryData(pApi, pFts, &pData);
  /* Each phrase's instances on their own, in the order bm25()'s merged list gives them for that
  ** phrase, so each sum is the same; building the merged list costs a tenth more. */
  if( rc==SQLITE_OK ) memset(pData->aFreq, 0, sizeof(double) * pData->nPhrase);
  for(i=0; rc==SQLITE_OK && i<pData->nPhrase; i++){
    Fts5PhraseIter iter;
    int ic, io;
    rc = pApi->xPhraseFirst(pFts, i, &iter, &ic, &io);
    while( rc==SQLITE_OK && ic>=0 ){
      pData->aFreq[i] += (nVal > ic) ? sqlite3_value_double(apVal[ic]) : 1.0;
      pApi->xPhraseNext(pFts, &iter, &ic, &io);
    }
  }
  if( rc==SQLITE_OK ){
    Held *pHeld = (Held*)pApi->xUserData(pFts);
    sqlite3_int64 iRowid = pApi->xRowid(pFts);
    if( pHeld->nRows==0 || iRowid!=pHeld->iLastRowid ){
      pHeld->nRows++;
      pHeld->iLastRowid = iRowid;
    }
    if( pData->useLengths && iRowid>=0 && iRowid<=pHeld->maxRowid ){
      D = (double)pHeld->aLen[iRowid];
    }else{
      int nTok;
      rc = pApi->xColumnSize(pFts, -1, &nTok);
      D = (double)nTok;
    }
  }
  if( rc==SQLITE_OK ){
    for(i=0; i<pData->nPhrase; i++){
      score += pData->aIDF[i] * (
          ( pData->aFreq[i] * (k1 + 1.0) ) /
          ( pData->aFreq[i] + k1 * (1 - b + b * D / pData->avgdl) )
      );
    }
    sqlite3_result_double(pCtx, -1.0 * score);
  }else{
    sqlite3_result_error_code(pCtx, rc);
  }
}

/*
** bm25_cached_rows(): how many rows the last query on this connection scored with bm25_cached,
** then 0 until the next. Every row that passes the WHERE clause is scored, so a statement that
** reads it after its ranking (the search puts it in a second UNION ALL arm) has the ranking's
** count from the same pass instead of counting the matches again.
*/
static void bm25CachedRows(sqlite3_context *pCtx, int nVal, sqlite3_value **apVal){
  Held *pHeld = (Held*)sqlite3_user_data(pCtx);
  (void)nVal; (void)apVal;
  sqlite3_result_int64(pCtx, pHeld->nRows);
  pHeld->nRows = 0;
}

static void freeHeld(void *pArg){
  Held *p = (Held*)pArg;
  forgetCounts(p);
  free(p->aLen);
  free(p);
}

static fts5_api *fts5ApiOf(sqlite3 *db){
  fts5_api *pApi = 0;
  sqlite3_stmt *pStmt = 0;
  if( sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0)==SQLITE_OK ){
    sqlite3_bind_pointer(pStmt, 1, (void*)&pApi, "fts5_api_ptr", 0);
    sqlite3_step(pStmt);
  }
  sqlite3_finalize(pStmt);
  return pApi;
}

int sqlite3_extension_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pRoutines){
  fts5_api *pApi;
  Held *pHeld;
  int rc;
  SQLITE_EXTENSION_INIT2(pRoutines);
  pApi = fts5ApiOf(db);
  if( pApi==0 || pApi->iVersion<2 ){
    *pzErrMsg = sqlite3_mprintf("bm25_cached: this SQLite has no FTS5");
    return SQLITE_ERROR;
  }
  pHeld = (Held*)calloc(1, sizeof(Held));
  if( pHeld==0 ) return SQLITE_NOMEM;
  pHeld->db = db;
  rc = sqlite3_create_function_v2(db, "bm25_cached_rows", 0, SQLITE_UTF8, pHeld, bm25CachedRows, 0, 0, 0);
  if( rc!=SQLITE_OK ){
    free(pHeld);
    return rc;
  }
  return pApi->xCreateFunction(pApi, "bm25_cached", pHeld, bm25Cached, freeHeld);
}
