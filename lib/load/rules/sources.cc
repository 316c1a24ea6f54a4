// Sources and citations: [[source]] tables, and the header every rule
// carries (id, title, valid dates, the source and quote it encodes).
#include "load/rules/loader.h"

#include <string>
#include <vector>

namespace nytte::rule_loader {

void load_sources(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  rf.each_table(doc, "source", [&](const toml::table& t) {
    rf.check_keys(t, {"id", "title", "author", "file", "url", "legal_basis", "date"}, "[[source]]");
    Source s;
    s.id = rf.required_string(t, "id", t);
    s.title = rf.required_string(t, "title", t);
    s.file = rf.optional_string(t, "file");
    s.url = rf.optional_string(t, "url");
    s.legal_basis = rf.optional_string(t, "legal_basis");
    s.author = rf.optional_string(t, "author");
    s.date = rf.optional_date(t, "date");
    s.pos = rf.pos(t);
    replace_or_add(rs.sources, s, [](const Source& x) { return x.id; });
  });
}

RuleHeader header(RuleFile& rf, const toml::table& t, const RuleSet& rs, const char* kind) {
  RuleHeader h;
  h.id = rf.required_string(t, "id", t);
  h.pos = rf.pos(t);
  if (!valid_id(h.id))
    fail(rf.pos(*t.get("id")), trf("{} ids must be [a-z0-9_]+", tr(kind)), "bad-id");
  h.title = rf.optional_string(t, "title");
  h.valid.from = rf.optional_date(t, "valid_from");
  h.valid.to = rf.optional_date(t, "valid_to");
  if (h.valid.from && h.valid.to && *h.valid.to < *h.valid.from) {
    fail(rf.pos(*t.get("valid_to")),
         trf("valid_to {} is before valid_from {}", h.valid.to->iso(), h.valid.from->iso()),
         "bad-dates");
  }
  h.cite.source = rf.optional_string(t, "source");
  h.cite.quote = rf.optional_string(t, "quote");
  h.cite.legal_basis = rf.optional_string(t, "legal_basis");
  h.cite.note = rf.optional_string(t, "note");
  if (!h.cite.source.empty() && !rs.find_source(h.cite.source)) {
    std::vector<std::string_view> ids;
    for (const Source& s : rs.sources) ids.push_back(s.id);
    std::string hint = did_you_mean(h.cite.source, ids);
    rf.report(rf.pos(*t.get("source")),
              hint.empty()
                  ? trf("unknown source '{}' (declare it in a [[source]] table)", h.cite.source)
                  : trf("unknown source '{}' (declare it in a [[source]] table); {}", h.cite.source,
                        hint),
              "unknown-source");
  }
  h.ruleset = rs.id;
  return h;
}

// The citation keys of a table merged over an inherited citation ([calendar],
// [transport]): each key given replaces the inherited one.
void merge_citation(RuleFile& rf, const toml::table& t, const RuleSet& rs, Citation& cite) {
  if (t.get("source")) cite.source = rf.optional_string(t, "source");
  if (t.get("quote")) cite.quote = rf.optional_string(t, "quote");
  if (t.get("legal_basis")) cite.legal_basis = rf.optional_string(t, "legal_basis");
  if (t.get("note")) cite.note = rf.optional_string(t, "note");
  if (!cite.source.empty() && !rs.find_source(cite.source)) {
    rf.report(rf.pos(*t.get("source")), trf("unknown source '{}'", cite.source), "unknown-source");
  }
}

std::vector<std::string_view> keys_with(std::initializer_list<std::string_view> more) {
  std::vector<std::string_view> keys = {"id",     "title", "valid_from",  "valid_to",
                                        "source", "quote", "legal_basis", "note"};
  keys.insert(keys.end(), more);
  return keys;
}

bool overlaps(const Validity& a, const Validity& b) {
  bool a_before_b = a.to && b.from && *a.to < *b.from;
  bool b_before_a = b.to && a.from && *b.to < *a.from;
  return !a_before_b && !b_before_a;
}

}  // namespace nytte::rule_loader
