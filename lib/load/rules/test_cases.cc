// [[test]]: test cases beside the rules, a citizen, a date and the answer
// the authors promise (docs/rules.md "Test cases beside the rules").
#include "load/rules/loader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "model/citizen.h"

namespace nytte::rule_loader {

namespace {

namespace fs = std::filesystem;

// The record's TOML as a [[citizen]] chunk whose line numbers are the rule
// file's own: the [test.citizen] header line becomes [[citizen]].
void citizen_text(RuleFile& rf, const toml::table& ct, RuleTest& rt) {
  SourcePos p = rf.pos(ct);
  if (ct.is_inline()) {
    // { a = 1, b = "x" } on one line: one key a line, reported at the table.
    rt.citizen_inline = true;
    rt.citizen_line = p.line;
    rt.citizen_toml = "[[citizen]]\n";
    for (auto&& [k, v] : ct) {
      std::ostringstream value;
      v.visit([&](const auto& x) { value << x; });
      rt.citizen_toml += fmt::format("{} = {}\n", k.str(), value.str());
    }
    return;
  }
  rt.citizen_line = p.line;
  rt.citizen_toml = "[[citizen]]\n";
  for (size_t line = p.line; line < rf.line_starts.size(); ++line) {  // lines after the header
    size_t b = rf.line_starts[line];
    size_t e = line + 1 < rf.line_starts.size() ? rf.line_starts[line + 1] : rf.text.size();
    std::string_view text = rf.text.substr(b, e - b);
    size_t first = text.find_first_not_of(" \t");
    if (first != std::string_view::npos && text[first] == '[') break;  // the next table
    rt.citizen_toml += text;
    if (!text.ends_with('\n')) rt.citizen_toml += '\n';
  }
}

std::optional<double> expect_number(RuleFile& rf, const toml::table& et, std::string_view key) {
  const toml::node* n = et.get(key);
  if (!n) return std::nullopt;
  if (auto i = n->as_integer()) return static_cast<double>(i->get());
  if (auto f = n->as_floating_point(); f && std::isfinite(f->get())) return f->get();
  fail(rf.pos(*n), trf("'{}' must be a finite number", key), "wrong-type");
}

void load_expect(RuleFile& rf, const toml::table& et, const RuleSet& rs, RuleTest& rt) {
  rf.check_keys(
      et,
      {"eligible", "status", "target_groups", "exemptions", "track", "required_weekly_hours",
       "hours_stated", "max_weekly_hours", "missing_fields", "warnings", "exempt_from"},
      "[test.expect]");
  if (const toml::node* n = et.get("eligible")) {
    if (!n->is_boolean()) fail(rf.pos(*n), tr("'eligible' must be true or false"), "wrong-type");
    rt.eligible = n->as_boolean()->get();
  }
  if (const toml::node* n = et.get("status")) {
    std::string s = rf.as_string(*n, "status");
    std::vector<std::string_view> ok = {"eligible", "not_eligible", "exempt", "undetermined"};
    if (std::find(ok.begin(), ok.end(), s) == ok.end()) {
      std::string hint = did_you_mean(s, ok);
      rf.report(rf.pos(*n),
                hint.empty() ? trf("unknown status '{}'; expected eligible, not_eligible, "
                                   "exempt or undetermined",
                                   s)
                             : trf("unknown status '{}'; {}; expected eligible, not_eligible, "
                                   "exempt or undetermined",
                                   s, hint),
                "unknown-reference");
    }
    rt.status = s;
  }
  // `what` is a msgid: N_("target group").
  auto ids = [&](const char* key, auto known, const char* what) {
    const toml::node* n = et.get(key);
    if (!n) return std::optional<std::vector<std::string>>();
    std::vector<std::string> v = rf.string_list(*n, key);
    const toml::array& arr = *n->as_array();
    for (size_t i = 0; i < v.size(); ++i) {
      std::vector<std::string_view> names = known();
      if (std::find(names.begin(), names.end(), v[i]) != names.end()) continue;
      std::string hint = did_you_mean(v[i], names);
      rf.report(rf.pos(*arr.get(i)),
                hint.empty() ? trf("unknown {} '{}'", tr(what), v[i])
                             : trf("unknown {} '{}'; {}", tr(what), v[i], hint),
                "unknown-reference");
    }
    return std::optional<std::vector<std::string>>(std::move(v));
  };
  auto group_ids = [&] {
    std::vector<std::string_view> v;
    for (const TargetGroup& g : rs.target_groups) v.push_back(g.h.id);
    return v;
  };
  auto exemption_ids = [&] {
    std::vector<std::string_view> v;
    for (const Exemption& x : rs.exemptions) v.push_back(x.h.id);
    return v;
  };
  auto field_names = [&] {
    std::vector<std::string_view> v = builtin_field_names();
    for (const DeclaredField& f : rs.schema.fields) v.push_back(f.name);
    return v;
  };
  rt.target_groups = ids("target_groups", group_ids, N_("target group"));
  rt.exemptions = ids("exemptions", exemption_ids, N_("exemption"));
  rt.missing_fields = ids("missing_fields", field_names, N_("field"));
  if (const toml::node* n = et.get("track")) {
    std::string track = rf.as_string(*n, "track");
    if (!track.empty() && !rs.find_track(track)) {
      std::vector<std::string_view> v;
      for (const Track& tr : rs.tracks) v.push_back(tr.h.id);
      std::string hint = did_you_mean(track, v);
      rf.report(rf.pos(*n),
                hint.empty() ? trf("unknown track '{}'", track)
                             : trf("unknown track '{}'; {}", track, hint),
                "unknown-reference");
    }
    rt.track = track;
  }
  auto warning_ids = [&] {
    std::vector<std::string_view> v;
    for (const DataWarning& w : rs.warnings) v.push_back(w.h.id);
    return v;
  };
  rt.warnings = ids("warnings", warning_ids, N_("warning"));
  rt.exempt_from = ids("exempt_from", group_ids, N_("target group"));
  rt.required_weekly_hours = expect_number(rf, et, "required_weekly_hours");
  rt.max_weekly_hours = expect_number(rf, et, "max_weekly_hours");
  if (const toml::node* n = et.get("hours_stated")) {
    if (!n->is_boolean())
      fail(rf.pos(*n), tr("'hours_stated' must be true or false"), "wrong-type");
    rt.hours_stated = n->as_boolean()->get();
  }
}

}  // namespace

// [[test]] entries: a citizen, a date, and what is expected.
void load_tests(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  rf.each_table(doc, "test", [&](const toml::table& t) {
    rf.check_keys(t, {"name", "on", "citizen", "citizen_id", "expect"}, "[[test]]");
    RuleTest rt;
    rt.pos = rf.pos(t);
    rt.name = rf.required_string(t, "name", t);
    auto on = rf.optional_date(t, "on");
    if (!on)
      fail(rf.pos(t), tr("missing required key 'on' (the date the rules are applied on)"),
           "missing-key");
    rt.on = *on;
    const toml::node* c = t.get("citizen");
    if (!c)
      fail(rf.pos(t), tr("missing required key 'citizen' (a [test.citizen] table or a file)"),
           "missing-key");
    rt.citizen_pos = rf.pos(*c);
    if (c->is_string()) {
      std::string path = rf.as_string(*c, "citizen");
      rt.citizen_path = (fs::path(rf.base_dir) / path).lexically_normal().string();
      rt.citizen_id = rf.optional_string(t, "citizen_id");
    } else if (const toml::table* ct = c->as_table()) {
      citizen_text(rf, *ct, rt);
    } else {
      fail(rf.pos(*c),
           trf("'citizen' must be a [test.citizen] table or the path of a citizen file, found {}",
               type_word(*c)),
           "wrong-type");
    }
    if (const toml::node* e = t.get("expect")) {
      const toml::table* et = e->as_table();
      if (!et) fail(rf.pos(*e), tr("'expect' must be a table ([test.expect])"), "wrong-type");
      load_expect(rf, *et, rs, rt);
    } else {
      fail(rf.pos(t), tr("missing required key 'expect' (what the test promises)"), "missing-key");
    }
    rs.tests.push_back(std::move(rt));
  });
}

}  // namespace nytte::rule_loader
