// [[target_group]]: who is covered, a condition each; and the references
// to target groups that other rules make (`groups`).
#include "load/rules/loader.h"

#include <string>
#include <vector>

namespace nytte::rule_loader {

namespace {

void check_group_ref(RuleFile& rf, const RuleSet& rs, const std::string& id, const toml::node& at) {
  std::vector<std::string_view> ids;
  for (const TargetGroup& g : rs.target_groups) {
    if (g.h.id == id) return;
    ids.push_back(g.h.id);
  }
  std::string hint = did_you_mean(id, ids);
  rf.report(rf.pos(at),
            hint.empty() ? trf("unknown target group '{}'", id)
                         : trf("unknown target group '{}'; {}", id, hint),
            "unknown-reference");
}

}  // namespace

void load_target_groups(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  std::vector<TargetGroup> own;
  rf.each_table(doc, "target_group", [&](const toml::table& t) {
    rf.check_keys(t, keys_with({"when", "phased_in_by"}), "[[target_group]]");
    TargetGroup g{header(rf, t, rs, N_("target group")),
                  rf.expression(t, "when", rs, Type::boolean, t), rs.municipality,
                  rf.optional_date(t, "phased_in_by")};
    own.push_back(std::move(g));
  });
  add_versions(rf, rs.target_groups, std::move(own), N_("target group"));
}

// A rule's `groups`: ids of target groups declared so far.
std::vector<std::string> group_refs(RuleFile& rf, const toml::table& t, const RuleSet& rs) {
  std::vector<std::string> groups;
  if (const toml::node* g = t.get("groups")) {
    groups = rf.string_list(*g, "groups");
    const toml::array& arr = *g->as_array();
    for (size_t i = 0; i < groups.size(); ++i) check_group_ref(rf, rs, groups[i], *arr.get(i));
  }
  return groups;
}

}  // namespace nytte::rule_loader
