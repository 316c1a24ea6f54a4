// [[budget]]: amounts set aside for offers' seats, which `report` sets the
// yearly cost against.
#include "load/rules/loader.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace nytte::rule_loader {

void load_budget(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  std::vector<BudgetLine> own;
  rf.each_table(doc, "budget", [&](const toml::table& t) {
    rf.check_keys(t, keys_with({"amount", "kinds", "offers"}), "[[budget]]");
    BudgetLine b;
    b.h = header(rf, t, rs, N_("budget"));
    std::optional<double> amount = rf.optional_kroner(t, "amount");
    if (!amount)
      fail(rf.pos(t), tr("missing required key 'amount' (kr. over the period)"), "missing-key");
    b.amount = *amount;
    if (const toml::node* k = t.get("kinds")) b.kinds = rf.kinds_list(*k);
    if (const toml::node* o = t.get("offers")) {
      b.offers = rf.string_list(*o, "offers");
      for (const std::string& id : b.offers) {
        bool known = std::any_of(rs.offers.begin(), rs.offers.end(),
                                 [&](const Offer& of) { return of.h.id == id; });
        if (!known) {
          std::vector<std::string_view> ids;
          for (const Offer& of : rs.offers) ids.push_back(of.h.id);
          std::string hint = did_you_mean(id, ids);
          rf.report(rf.pos(*o),
                    hint.empty() ? trf("unknown offer '{}'", id)
                                 : trf("unknown offer '{}'; {}", id, hint),
                    "unknown-reference");
        }
      }
    }
    own.push_back(std::move(b));
  });
  add_versions(rf, rs.budget, std::move(own), N_("budget line"));
}

}  // namespace nytte::rule_loader
