#!/usr/bin/env python3
"""Writes Sources/NewsAPI/Resources/openapi.json, the OpenAPI 3.1 document of NewsGraph's v1 API.

Run after changing a route or a JSON shape: python3 scripts/generate-openapi.py
"""
import json
import os

RELATION_TYPES = [
    "meet_or_negotiate", "appeal", "pledge_cooperation", "praise_or_back", "recognise_or_restore_ties",
    "sign_agreement", "trade_or_economic_cooperation", "security_cooperation", "arms_supply", "provide_aid",
    "ease_or_concede", "demand", "criticise_or_accuse", "reject_or_veto", "threaten", "reduce_relations",
    "impose_sanctions", "military_buildup", "seize_detain_expel", "use_force", "invade_or_occupy",
]
ENTITY_TYPES = ["country", "person", "organization", "location", "equipment", "misc"]


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def obj(required, **props):
    return {"type": "object", "required": required, "properties": props}


string = {"type": "string"}
nullable_string = {"type": ["string", "null"]}
integer = {"type": "integer"}
number = {"type": "number"}
timestamp = {"type": "string", "format": "date-time"}
# Text with a character other than ASCII white space (ArticleDraft.hasText): a class that reads the same in ECMA,
# Python and ICU regexes (\x0b, not \v, which ICU reads as any vertical space), and one schemathesis can generate
# from (it cannot from a negated class with non-ASCII members).
article_text = {"type": "string", "minLength": 1, "pattern": r"[^\t\n\x0b\f\r ]"}
nullable_timestamp = {"type": ["string", "null"], "format": "date-time"}
iso3 = {"type": "string", "pattern": "^[A-Z]{3}$"}
# Exactly what RFC3339.parse takes: a real date (February 29 in leap years), then optionally a time (no leap
# second, any fraction) and an offset under 24 hours; in year 0000 no offset that moves the time earlier, in 9999 none
# that moves it later (what the API prints, years 0000 to 9999 in UTC, must read back).
MONTH_DAY = r"((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))"
MIDDLE_YEAR = r"(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])"
LEAP_YEAR = r"([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"  # 0004 to 9996
CLOCK = r"[Tt ]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?"
OFFSET = r"([01][0-9]|2[0-3]):[0-5][0-9]"
DATE_TIME = (rf"(({MIDDLE_YEAR}-{MONTH_DAY}|{LEAP_YEAR}-02-29)({CLOCK}([Zz]|[+-]{OFFSET}))?"
             rf"|0000-({MONTH_DAY}|02-29)({CLOCK}([Zz]|[+-]00:00|-{OFFSET}))?"
             rf"|9999-{MONTH_DAY}({CLOCK}([Zz]|[+-]00:00|\+{OFFSET}))?)")
date_pattern = {"type": "string", "pattern": f"^{DATE_TIME}$"}


# Cursors are opaque: a client passes back the nextCursor it was given and builds none. Their forms are public all
# the same, and the server takes every string of its list's form as a position to continue from; any other string
# is a 400 naming `cursor`.
CURSOR_FORMS = {
    "articles": r"^(n[0-9]{1,10}|r[0-9]{1,10}\.[0-9]{1,10}\.[0-9a-f]{16}\.[0-9a-f]{16}\.[0-9]{1,10})$",
    "entities": r"^e-?[0-9]{1,10}\.([0-9a-f]{2})*\.([0-9a-f]{2})*$",
    "edges": r"^[0-9]{1,9}$",
}


# A pair names its countries by alpha-3, or by the code as asked (upper case) when it names no country.
pair_code = {"type": "string", "pattern": "^[A-Z]{2,3}$"}


def page(item, form):
    return obj(["items", "nextCursor"], items={"type": "array", "items": ref(item)},
               nextCursor={"type": ["string", "null"], "pattern": CURSOR_FORMS[form],
                           "description": "The cursor of the next page (opaque); null on the last page."})


schemas = {
    "Problem": obj(
        ["type", "title", "status", "detail"], type=string, title=string, status=integer, detail=string,
        field={"type": "string", "description": "The body member, query parameter or path segment at fault."}),
    "ArticleInput": {
        **obj(["text"], text=article_text,
              title={"type": ["string", "null"], "maxLength": 1000, "description": "Trimmed; blank means none."},
              url={"type": ["string", "null"], "maxLength": 4096, "pattern": r"^[Hh][Tt][Tt][Pp][Ss]?://[!-~]+$",
                   "description": "An absolute http or https URL in printable ASCII (percent-encode the rest)."},
              source={"type": ["string", "null"], "maxLength": 500, "description": "Trimmed; blank means none."},
              publishedAt={"type": ["string", "null"], "pattern": date_pattern["pattern"],
                           "description": "RFC 3339 timestamp, or a date (midnight UTC)."}),
    },
    "Mention": obj(
        ["text", "start", "end", "sentence"], text=string, start=integer, end=integer, sentence=integer,
        kind={"type": "string", "enum": ["name", "short", "demonym", "capital", "government"]}),
    "Entity": obj(
        ["id", "type", "name", "count", "salience", "mentions"], id=string,
        type={"type": "string", "enum": ENTITY_TYPES}, name=string, iso2=string, iso3=string, wikidata=string,
        country=iso3, count=integer, salience={"type": "number", "minimum": 0, "maximum": 1},
        mentions={"type": "array", "items": ref("Mention")}),
    "Span": obj(["text", "start", "end"], text=string, start=integer, end=integer),
    "SentenceRef": obj(["index", "start", "end", "text"], index=integer, start=integer, end=integer, text=string),
    "Relation": obj(
        ["source", "target", "type", "cameo", "quadClass", "goldstein", "mode", "trigger", "sentence", "confidence"],
        source=iso3, target=iso3, type={"type": "string", "enum": RELATION_TYPES}, cameo=string,
        quadClass={"type": "integer", "minimum": 1, "maximum": 4}, goldstein=number,
        mode={"type": "string", "enum": ["asserted", "intent", "alleged", "denied"]}, trigger=ref("Span"),
        sentence=ref("SentenceRef"), confidence=number, items={"type": "array", "items": string},
        explanation=obj(["reader", "pattern", "paths"],
                        reader={"type": "string", "enum": ["tree", "words", "classifier"]},
                        pattern=string, paths={"type": "array", "items": string},
                        score={"type": "number", "minimum": 0, "maximum": 1})),
    "Article": obj(
        ["id", "title", "text", "url", "source", "publishedAt", "ingestedAt", "entities", "relations"], id=string,
        title=nullable_string, text=string, url=nullable_string, source=nullable_string,
        publishedAt=nullable_timestamp, ingestedAt=timestamp, entities={"type": "array", "items": ref("Entity")},
        relations={"type": "array", "items": ref("Relation")}),
    "ArticleSummary": obj(
        ["id", "title", "url", "source", "publishedAt", "ingestedAt", "excerpt", "entityCount", "relationCount",
         "countries"], id=string, title=nullable_string, url=nullable_string, source=nullable_string,
        publishedAt=nullable_timestamp, ingestedAt=timestamp, excerpt=string, entityCount=integer,
        relationCount=integer, countries={"type": "array", "items": string}),
    "ArticlePage": page("ArticleSummary", "articles"),
    "ArticleEntities": obj(["articleId", "items"], articleId=string, items={"type": "array", "items": ref("Entity")}),
    "ArticleRelations": obj(
        ["articleId", "items"], articleId=string, items={"type": "array", "items": ref("Relation")}),
    "BulkResult": obj(
        ["line", "status"], line=integer, status=integer, id=string,
        result={"type": "string", "enum": ["stored", "duplicate"]}, error=string, field=string),
    "EntitySummary": obj(
        ["id", "type", "name", "mentionCount", "articleCount", "firstSeen", "lastSeen"], id=string,
        type={"type": "string", "enum": ENTITY_TYPES}, name=string, iso2=string, iso3=string, wikidata=string,
        country=iso3, mentionCount=integer, articleCount=integer, firstSeen=timestamp, lastSeen=timestamp),
    "EntityPage": page("EntitySummary", "entities"),
    "EntityDetail": {
        "allOf": [ref("EntitySummary"), obj(
            ["articles", "cooccurring"], articles={"type": "array", "items": ref("ArticleSummary")},
            cooccurring={"type": "array", "items": {"allOf": [ref("EntitySummary"), obj(
                ["sharedArticles"], sharedArticles=integer)]}})],
    },
    "Evidence": obj(
        ["articleId", "sentence", "trigger", "mode", "confidence", "date"], articleId=string, sentence=string,
        trigger=string, mode=string, confidence=number, date=timestamp),
    "Edge": obj(
        ["source", "target", "type", "cameo", "quadClass", "goldstein", "count", "articleCount", "firstSeen",
         "lastSeen", "evidence"], source=iso3, target=iso3, type={"type": "string", "enum": RELATION_TYPES},
        cameo=string, quadClass=integer, goldstein=number, count=integer, articleCount=integer,
        firstSeen=timestamp, lastSeen=timestamp, evidence={"type": "array", "items": ref("Evidence")}),
    "EdgePage": page("Edge", "edges"),
    "CountryPair": obj(
        ["a", "b", "edges", "timeline"], a=pair_code, b=pair_code, edges={"type": "array", "items": ref("Edge")},
        timeline={"type": "array", "items": obj(
            ["month", "counts"], month=string, counts={"type": "array", "items": obj(
                ["source", "target", "type", "count"], source=iso3, target=iso3, type=string, count=integer)})}),
    "Graph": obj(
        ["nodes", "edges"],
        nodes={"type": "array", "items": obj(
            ["id", "name", "iso2", "articleCount", "mentionCount"], id=string, name=string, iso2=nullable_string,
            articleCount=integer, mentionCount=integer)},
        edges={"type": "array", "items": ref("Edge")}),
    "Extraction": obj(
        ["entities", "relations", "sentences"], entities={"type": "array", "items": ref("Entity")},
        relations={"type": "array", "items": ref("Relation")},
        sentences={"type": "array", "items": obj(["index", "start", "end"], index=integer, start=integer,
                                                   end=integer)}),
}


def param(name, description, schema=None, location="query", required=False, example=None):
    result = {"name": name, "in": location, "required": required, "description": description,
              "schema": schema or string}
    if example is not None:
        result["example"] = example  # schemathesis's examples phase sends these
    if location == "query" and not required:
        result["allowEmptyValue"] = True  # the API reads an empty value as an absent one
    return result


def problem(status, description):
    return {status: {"description": description,
                     "content": {"application/problem+json": {"schema": ref("Problem")}}}}


def json_response(schema, description="OK"):
    return {"description": description, "content": {"application/json": {"schema": ref(schema)}}}


limit = param("limit", "Page size.", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 20})


def cursor(form):
    return param("cursor", "The nextCursor of the previous page: opaque, of the form the pattern gives. A string "
                 "of another form is a 400.", {"type": "string", "pattern": CURSOR_FORMS[form]})


def next_page(operation):
    """The link from a page's nextCursor to the next page (the stateful tests follow it). Only the cursor: a link
    cannot copy the query parameters a request left out, and any cursor of the form is a position in any query."""
    return {"nextPage": {"operationId": operation, "parameters": {"cursor": "$response.body#/nextCursor"},
                         "description": "The next page, while nextCursor is not null; repeat the page's other "
                                        "query parameters."}}


offsets = param("offsets", "Unit of offsets.", {"type": "string", "enum": ["scalars", "utf16", "utf8"]})
explain = param("explain", "Add to each relation why it was found: the reader, the lexicon pattern, the tree "
                "paths from the trigger to the actors and the relation classifier's score.", {"type": "boolean"})
country_code = {"type": "string", "pattern": "^[A-Za-z]{2,3}$"}
date_from = param("from", "Earliest date (RFC 3339 or YYYY-MM-DD).", date_pattern)
date_to = param("to", "Latest date (RFC 3339 or YYYY-MM-DD).", date_pattern)
country = param("country", "A country: ISO 3166-1 alpha-3 or alpha-2, any case. A well-formed code that names no "
                "country matches nothing (an empty answer, not an error).", country_code, example="RUS")
relation_filters = [
    country, param("with", "The other country of the edge.", country_code, example="UKR"),
    param("type", "Relation type.", {"type": "string", "enum": RELATION_TYPES}),
    param("quadClass", "QuadClass.", {"type": "integer", "minimum": 1, "maximum": 4}), date_from, date_to,
]
article_id = param("id", "The article's id.", location="path", required=True, example="0bv5mnkfk74xh")
# Any request whose target passes 8192 bytes gets 414, whatever the operation (schemathesis's fuzzing found it).
bad = {**problem("400", "A query parameter or the body is malformed."),
       **problem("414", "The request target is longer than 8192 bytes.")}
missing = problem("404", "No such article.")
article_example = {"text": "Russia is buying rockets and artillery shells from North Korea.", "title": "Arms",
                   "url": "https://example.org/arms", "source": "Wire", "publishedAt": "2024-03-05T10:00:00Z"}
article_body = {"required": True, "content": {
    "application/json": {"schema": ref("ArticleInput"), "example": article_example},
    "text/plain": {"schema": article_text, "example": article_example["text"]},
}}

paths = {
    "/v1/articles": {
        "post": {
            "summary": "Store an article (or many, as NDJSON)", "operationId": "postArticles",
            "parameters": [offsets],
            "requestBody": {"required": True, "content": {
                **article_body["content"], "application/x-ndjson": {"schema": {"type": "string"}}}},
            "responses": {
                "201": {**json_response("Article", "Stored."), "headers": {"Location": {"schema": string}}},
                "200": {"description": "The same text was stored before (JSON), or one result line per input line "
                                       "(NDJSON).",
                        "content": {"application/json": {"schema": ref("Article")},
                                    "application/x-ndjson": {"schema": {"type": "string"}}}},
                **bad, **problem("413", "The body is too large."), **problem("415", "Unsupported media type."),
                **problem("422", "A member is missing, empty or of the wrong type."),
            },
        },
        "get": {
            "summary": "List and search articles", "operationId": "listArticles",
            "parameters": [param("q", "Full-text query (BM25).", example="Ukraine"),
                           param("entity", "An entity id.", example="country:UKR"), country,
                           date_from, date_to, limit, cursor("articles"),
                           param("format", "ndjson streams every matching article in full.",
                                 {"type": "string", "enum": ["json", "ndjson"]}), offsets],
            "responses": {"200": {"description": "A page of article summaries, or NDJSON articles.",
                                  "content": {"application/json": {"schema": ref("ArticlePage")},
                                              "application/x-ndjson": {"schema": {"type": "string"}}},
                                  "links": next_page("listArticles")}, **bad},
        },
    },
    "/v1/articles/{id}": {
        "get": {"summary": "One article with its entities and relations", "operationId": "getArticle",
                "parameters": [article_id, offsets],
                "responses": {"200": json_response("Article"), **bad, **missing}},
        "delete": {"summary": "Remove an article and everything derived from it", "operationId": "deleteArticle",
                   "parameters": [article_id],
                   "responses": {"204": {"description": "Removed."}, **missing}},
    },
    "/v1/articles/{id}/entities": {
        "get": {"summary": "An article's entities", "operationId": "getArticleEntities",
                "parameters": [article_id, offsets],
                "responses": {"200": json_response("ArticleEntities"), **bad, **missing}},
    },
    "/v1/articles/{id}/relations": {
        "get": {"summary": "An article's relations", "operationId": "getArticleRelations",
                "parameters": [article_id, offsets],
                "responses": {"200": json_response("ArticleRelations"), **bad, **missing}},
    },
    "/v1/entities": {
        "get": {"summary": "Entities across the corpus", "operationId": "listEntities",
                "parameters": [param("type", "Entity type.", {"type": "string", "enum": ENTITY_TYPES}),
                               param("q", "Name prefix, any case."),
                               param("sort", "Order.", {"type": "string", "enum": ["mentions", "articles", "name"]}),
                               limit, cursor("entities")],
                "responses": {"200": {**json_response("EntityPage"), "links": next_page("listEntities")}, **bad}},
    },
    "/v1/entities/{id}": {
        "get": {"summary": "One entity, its articles and the entities it co-occurs with", "operationId": "getEntity",
                "parameters": [param("id", "The entity id, e.g. country:RUS.", location="path", required=True,
                                     example="country:RUS"),
                               limit],
                "responses": {"200": json_response("EntityDetail"), **bad, **problem("404", "No such entity.")}},
    },
    "/v1/relationships": {
        "get": {"summary": "Aggregated country-to-country edges", "operationId": "listRelationships",
                "parameters": relation_filters + [param("limit", "Page size.", {"type": "integer", "minimum": 1,
                                                                                "maximum": 1000, "default": 50}),
                                                  cursor("edges")],
                "responses": {"200": {**json_response("EdgePage"), "links": next_page("listRelationships")}, **bad}},
    },
    "/v1/relationships/{a}/{b}": {
        "get": {"summary": "Both directions between two countries, with a monthly timeline",
                "operationId": "getRelationshipPair",
                "parameters": [param("a", "A country code (as for `country`).", country_code, location="path", required=True,
                                     example="RUS"),
                               param("b", "Another country code.", country_code, location="path", required=True,
                                     example="UKR")]
                + relation_filters[2:],
                "responses": {"200": json_response("CountryPair"), **bad}},
    },
    "/v1/graph": {
        "get": {"summary": "The country graph", "operationId": "getGraph",
                "parameters": relation_filters + [param("format", "Output format.", {
                    "type": "string", "enum": ["json", "graphml", "gexf"]}), param(
                    "limit", "Most edges, the most reported first.",
                    {"type": "integer", "minimum": 1, "maximum": 10000, "default": 1000})],
                "responses": {"200": {"description": "The graph.", "content": {
                    "application/json": {"schema": ref("Graph")},
                    "application/graphml+xml": {"schema": {"type": "string"}},
                    "application/gexf+xml": {"schema": {"type": "string"}}}}, **bad}},
    },
    "/v1/events": {
        "get": {"summary": "Every relation as a row (GDELT-like)", "operationId": "listEvents",
                "parameters": relation_filters + [param("format", "Output format.", {
                    "type": "string", "enum": ["csv", "tsv", "ndjson"]})],
                "responses": {"200": {"description": "The rows.", "content": {
                    "text/csv": {"schema": {"type": "string"}},
                    "text/tab-separated-values": {"schema": {"type": "string"}},
                    "application/x-ndjson": {"schema": {"type": "string"}}}}, **bad}},
    },
    "/v1/extract": {
        "post": {"summary": "Extraction only; nothing is stored", "operationId": "postExtract",
                 "parameters": [offsets, explain], "requestBody": article_body,
                 "responses": {"200": json_response("Extraction"), **bad,
                               **problem("415", "Unsupported media type."),
                               **problem("422", "A member is missing, empty or of the wrong type.")}},
    },
    "/healthz": {"get": {"summary": "Liveness", "operationId": "health", "responses": {"200": {
        "description": "Alive.", "content": {"application/json": {"schema": obj(["status"], status=string)}}}}}},
    "/metrics": {"get": {"summary": "Prometheus metrics", "operationId": "metrics", "responses": {"200": {
        "description": "Prometheus text format.", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
    "/openapi.json": {"get": {"summary": "This document", "operationId": "openAPI", "responses": {"200": {
        "description": "OpenAPI 3.1.", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
}

document = {
    "openapi": "3.1.0",
    "info": {"title": "NewsGraph", "version": "1.0.0",
             "description": "Entities and relations between countries, from the news articles you send."},
    "servers": [{"url": "/"}],
    "paths": paths,
    "components": {"schemas": schemas},
}

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(root, "Sources", "NewsAPI", "Resources", "openapi.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(document, f, indent=1, sort_keys=False)
    f.write("\n")
print(out)
