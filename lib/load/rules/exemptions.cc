// [[exemption]] (a person meeting one is not covered by the groups it names)
// and [[warning]] (a data warning, tried for every person whatever the
// outcome).
#include "load/rules/loader.h"

#include <vector>

namespace nytte::rule_loader {

void load_exemptions(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  std::vector<Exemption> own;
  rf.each_table(doc, "exemption", [&](const toml::table& t) {
    rf.check_keys(t, keys_with({"when", "groups"}), "[[exemption]]");
    Exemption e{header(rf, t, rs, N_("exemption")), rf.expression(t, "when", rs, Type::boolean, t),
                group_refs(rf, t, rs)};
    own.push_back(std::move(e));
  });
  add_versions(rf, rs.exemptions, std::move(own), N_("exemption"));
}

void load_warnings(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  std::vector<DataWarning> own;
  rf.each_table(doc, "warning", [&](const toml::table& t) {
    rf.check_keys(t, keys_with({"when"}), "[[warning]]");
    DataWarning w{header(rf, t, rs, N_("warning")), rf.expression(t, "when", rs, Type::boolean, t)};
    if (w.h.title.empty()) {
      fail(rf.pos(t), tr("a [[warning]] needs a 'title': the message a caseworker reads"),
           "missing-key");
    }
    own.push_back(std::move(w));
  });
  add_versions(rf, rs.warnings, std::move(own), N_("warning"));
}

}  // namespace nytte::rule_loader
