// [[track]] (tracks in order of proposal, with their hours) and [[hours]]
// (the weekly hours requirement); and the references to tracks that other
// rules make (`tracks`).
#include "load/rules/loader.h"

#include <string>
#include <vector>

namespace nytte::rule_loader {

namespace {

// hours_parts = [{ title = "...", kind = "dansk", hours = 5 }, ...]
std::vector<HoursPart> hours_parts(RuleFile& rf, const toml::node& n) {
  const toml::array* arr = n.as_array();
  if (!arr) {
    fail(rf.pos(n), trf("'hours_parts' must be an array of tables, found {}", type_word(n)),
         "wrong-type");
  }
  std::vector<HoursPart> parts;
  for (const toml::node& item : *arr) {
    const toml::table* pt = item.as_table();
    if (!pt) {
      fail(rf.pos(item),
           trf("each of 'hours_parts' must be a table {{ title, kind, hours }}, found {}",
               type_word(item)),
           "wrong-type");
    }
    rf.check_keys(*pt, {"title", "kind", "hours"}, "hours_parts");
    HoursPart p;
    p.title = rf.required_string(*pt, "title", *pt);
    p.kind = rf.optional_string(*pt, "kind");
    std::optional<double> h = rf.optional_hours(*pt, "hours", 168);
    if (!h) fail(rf.pos(*pt), tr("a part of 'hours_parts' needs 'hours'"), "missing-key");
    p.hours = *h;
    p.pos = rf.pos(*pt);
    parts.push_back(std::move(p));
  }
  return parts;
}

Track load_track(RuleFile& rf, const toml::table* t, const RuleSet& rs) {
  rf.check_keys(*t, keys_with({"groups", "propose", "hours", "max_hours", "hours_parts"}),
                "[[track]]");
  Track tr;
  tr.h = header(rf, *t, rs, N_("track"));
  tr.groups = group_refs(rf, *t, rs);
  if (t->get("propose")) tr.propose = rf.expression(*t, "propose", rs, Type::boolean, *t);
  if (t->get("hours")) tr.hours = rf.expression(*t, "hours", rs, Type::number, *t);
  if (t->get("max_hours")) tr.max_hours = rf.expression(*t, "max_hours", rs, Type::number, *t);
  if (const toml::node* n = t->get("hours_parts")) tr.hours_parts = hours_parts(rf, *n);
  return tr;
}

}  // namespace

void load_tracks(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  const toml::node* n = doc.get("track");
  if (!n) return;
  // A rule set that names its own tracks replaces the tracks it extends.
  std::vector<const toml::table*> tables;
  rf.each_table(doc, "track", [&](const toml::table& t) { tables.push_back(&t); });
  rs.schema.track_ids.clear();
  for (const toml::table* t : tables) {
    if (const toml::node* id = t->get("id")) {
      std::string s = rf.as_string(*id, "id");
      auto& ids = rs.schema.track_ids;
      if (std::find(ids.begin(), ids.end(), s) == ids.end()) ids.push_back(s);
    }
  }
  std::vector<Track> own;
  for (const toml::table* t : tables) {
    rf.guarded([&] { own.push_back(load_track(rf, t, rs)); });
  }
  rs.tracks.clear();
  add_versions(rf, rs.tracks, std::move(own), N_("track"));
}

void load_hours(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  std::vector<HoursRule> own;
  rf.each_table(doc, "hours", [&](const toml::table& t) {
    rf.check_keys(t, keys_with({"value", "groups"}), "[[hours]]");
    HoursRule r{header(rf, t, rs, N_("hours rule")), rf.expression(t, "value", rs, Type::number, t),
                group_refs(rf, t, rs)};
    own.push_back(std::move(r));
  });
  add_versions(rf, rs.hours, std::move(own), N_("hours rule"));
}

std::vector<std::string> track_list(RuleFile& rf, const toml::table& t, const RuleSet& rs) {
  std::vector<std::string> tracks;
  if (const toml::node* n = t.get("tracks")) {
    tracks = rf.string_list(*n, "tracks");
    const toml::array& arr = *n->as_array();
    for (size_t i = 0; i < tracks.size(); ++i) {
      if (rs.find_track(tracks[i])) continue;
      std::vector<std::string_view> ids;
      for (const Track& tr : rs.tracks) ids.push_back(tr.h.id);
      std::string hint = did_you_mean(tracks[i], ids);
      rf.report(rf.pos(*arr.get(i)),
                hint.empty() ? trf("unknown track '{}'", tracks[i])
                             : trf("unknown track '{}'; {}", tracks[i], hint),
                "unknown-reference");
    }
  }
  return tracks;
}

}  // namespace nytte::rule_loader
