// How a week is put together (docs/packages.md): [[recipe]] (a track's
// mandatory parts and kinds in tiers of preference) and [transport] (travel
// between places).
#include "load/rules/loader.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace nytte::rule_loader {

namespace {

RecipePart part(RuleFile& rf, const toml::node& e, const Recipe& r, const RuleSet& rs) {
  const toml::table* pt = e.as_table();
  if (!pt) fail(rf.pos(e), trf("each [[{}]] must be a table", "recipe.part"), "wrong-type");
  rf.check_keys(*pt, {"title", "kinds", "hours", "days"}, "[[recipe.part]]");
  RecipePart p;
  p.pos = rf.pos(e);
  p.title = rf.optional_string(*pt, "title");
  const toml::node* k = pt->get("kinds");
  if (!k) fail(rf.pos(e), trf("missing required key '{}'", "kinds"), "missing-key");
  p.kinds = rf.kinds_list(*k);
  const toml::array& ka = *k->as_array();
  for (size_t i = 0; i < p.kinds.size(); ++i) {
    bool listed = false;
    for (const auto& tier : r.prefer)
      listed = listed || std::find(tier.begin(), tier.end(), p.kinds[i]) != tier.end();
    if (!listed) {
      rf.report(rf.pos(*ka.get(i)),
                trf("kind '{}' of a mandatory part is not in the recipe's 'prefer'", p.kinds[i]),
                "unknown-reference");
    }
  }
  std::optional<double> hours = rf.optional_hours(*pt, "hours", 168);
  std::optional<double> days = rf.optional_hours(*pt, "days", 7);
  if (hours && days) fail(rf.pos(e), tr("give 'hours' or 'days', not both"), "invalid-value");
  if (!hours && !days)
    fail(rf.pos(e), tr("missing required key 'hours' (or 'days')"), "missing-key");
  p.hours = hours ? *hours : *days * rs.calendar.hours_per_day;
  return p;
}

}  // namespace

void load_recipes(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  std::vector<Recipe> own;
  rf.each_table(doc, "recipe", [&](const toml::table& t) {
    rf.check_keys(
        t, keys_with({"tracks", "phase", "prefer", "part", "daily_limit", "one_offer_per_kind"}),
        "[[recipe]]");
    Recipe r;
    r.h = header(rf, t, rs, N_("recipe"));
    r.tracks = track_list(rf, t, rs);
    r.phase = rf.optional_string(t, "phase");
    if (!r.phase.empty() && !rs.find_phase(r.phase)) {
      std::vector<std::string_view> ids;
      for (const Phase& ph : rs.phases) ids.push_back(ph.h.id);
      std::string hint = did_you_mean(r.phase, ids);
      rf.report(rf.pos(*t.get("phase")),
                hint.empty() ? trf("unknown phase '{}'", r.phase)
                             : trf("unknown phase '{}'; {}", r.phase, hint),
                "unknown-reference");
    }
    const toml::node* pr = t.get("prefer");
    if (!pr)
      fail(rf.pos(t), tr("missing required key 'prefer' (tiers of offer kinds)"), "missing-key");
    const toml::array* tiers = pr->as_array();
    if (!tiers || tiers->empty())
      fail(rf.pos(*pr), tr("'prefer' must be an array of tiers (arrays of offer kinds)"),
           "wrong-type");
    for (const toml::node& tier : *tiers) {
      if (tier.is_string()) {
        r.prefer.push_back({rf.kind_code(tier)});
      } else {
        r.prefer.push_back(rf.kinds_list(tier));
      }
    }
    if (r.prefer.size() > 8)
      fail(rf.pos(*pr), tr("'prefer' may hold at most 8 tiers"), "invalid-value");
    r.daily_limit = rf.optional_hours(t, "daily_limit", 24);
    r.one_offer_per_kind = rf.optional_bool(t, "one_offer_per_kind", true);
    if (const toml::node* parts = t.get("part")) {
      const toml::array* a = parts->as_array();
      if (!a)
        fail(rf.pos(*parts), trf("'{}' must be written as [[{}]] tables", "part", "recipe.part"),
             "wrong-type");
      if (a->size() > 3)
        fail(rf.pos(*parts), tr("a recipe may have at most 3 mandatory parts"), "invalid-value");
      for (const toml::node& e : *a) r.parts.push_back(part(rf, e, r, rs));
    }
    own.push_back(std::move(r));
  });
  add_versions(rf, rs.recipes, std::move(own), N_("recipe"));
}

// [transport]: merged key by key over the inherited one.
void load_transport(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  const toml::node* n = doc.get("transport");
  if (!n) return;
  const toml::table* t = n->as_table();
  if (!t) fail(rf.pos(*n), tr("'transport' must be a table: write [transport]"), "wrong-type");
  rf.check_keys(*t, {"counts", "minutes", "routes", "source", "quote", "legal_basis", "note"},
                "[transport]");
  TransportRules& trans = rs.transport;
  trans.pos = rf.pos(*t);
  trans.counts = rf.optional_bool(*t, "counts", trans.counts);
  if (auto m = rf.optional_int(*t, "minutes", 0, 600)) trans.minutes = static_cast<int>(*m);
  if (const toml::node* r = t->get("routes")) {
    const toml::array* a = r->as_array();
    if (!a)
      fail(rf.pos(*r), tr("'routes' must be an array of { between = [a, b], minutes }"),
           "wrong-type");
    trans.routes.clear();
    for (const toml::node& e : *a) {
      rf.guarded([&] {
        const toml::table* rt = e.as_table();
        if (!rt)
          fail(rf.pos(e), tr("a route must be a table { between = [a, b], minutes }"),
               "wrong-type");
        rf.check_keys(*rt, {"between", "minutes"}, tr("a route"));
        const toml::node* b = rt->get("between");
        if (!b) fail(rf.pos(*rt), trf("missing required key '{}'", "between"), "missing-key");
        std::vector<std::string> ends = rf.string_list(*b, "between");
        if (ends.size() != 2)
          fail(rf.pos(*b), tr("'between' must name two locations"), "invalid-value");
        auto m = rf.optional_int(*rt, "minutes", 0, 600);
        if (!m) fail(rf.pos(*rt), trf("missing required key '{}'", "minutes"), "missing-key");
        trans.routes.push_back({ends[0], ends[1], static_cast<int>(*m)});
      });
    }
  }
  merge_citation(rf, *t, rs, trans.cite);
}

}  // namespace nytte::rule_loader
