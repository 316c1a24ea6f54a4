#include "nytte/rules_run.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base/diagnostic.h"
#include "base/io_error.h"
#include "format/rules_format.h"
#include "load/rules.h"
#include "load/rules_path.h"
#include "nytte/i18n.h"
#include "run/output_file.h"

namespace nytte {

namespace {

// The dates the rule set's own target groups are in force, from the
// earliest start to the latest end; an open end anywhere leaves it open.
void own_dates(const RuleSet& rs, RuleSetSummary& s) {
  bool any = false;
  bool open_from = false;
  bool open_to = false;
  for (const TargetGroup& g : rs.target_groups) {
    if (g.h.ruleset != rs.id) continue;
    any = true;
    open_from = open_from || !g.h.valid.from;
    open_to = open_to || !g.h.valid.to;
    if (g.h.valid.from && (!s.valid_from || *g.h.valid.from < *s.valid_from)) {
      s.valid_from = g.h.valid.from;
    }
    if (g.h.valid.to && (!s.valid_to || *s.valid_to < *g.h.valid.to)) s.valid_to = g.h.valid.to;
  }
  if (!any || open_from) s.valid_from.reset();
  if (!any || open_to) s.valid_to.reset();
}

// A file that does not load is listed with its error: the listing goes on.
// The names alone (for shell completion) need no file read.
RuleSetSummary summarize(const RuleSetOnPath& where, bool load) {
  RuleSetSummary s;
  s.name = where.name;
  s.file = where.file;
  s.builtin = where.builtin;
  s.shadowed_by = where.shadowed_by;
  if (!load) return s;
  try {
    RuleSet rs = where.builtin ? load_builtin_rules() : load_rules_file(where.file);
    s.id = rs.id;
    s.title = rs.title;
    s.version = rs.version;
    s.municipality = rs.municipality;
    own_dates(rs, s);
  } catch (const Error& e) {
    s.error = e.diagnostic().str();
  } catch (const std::exception& e) {
    s.error = e.what();
  }
  return s;
}

std::string file_text(const std::string& file) {
  if (file == kBuiltinFileName) return std::string(kBuiltinNationalRules);
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in || in.bad()) fail_io(file, Io::read, errno);
  return text.str();
}

int show(const std::string& name) {
  if (name.empty())
    throw UsageError(tr("rules show: the rule set's name is empty ('nytte rules' lists them)"));
  if (!is_rule_set_name(name)) {
    throw UsageError(
        trf("rules show: '{}' is not a rule set name (a name has no '/', no '.toml' and no "
            "leading '.'; 'nytte rules' lists them)",
            excerpt(name)));
  }
  std::optional<std::string> file = find_rule_set(name, rules_search_path());
  if (!file) throw UsageError(rule_set_not_found(name, rules_search_candidates()));
  OutputSink sink("");
  sink.write(file_text(*file));
  sink.commit();
  return 0;
}

}  // namespace

int run_rules(const RulesRunOptions& o) {
  if (o.show) return show(*o.show);
  RulesListFormat format = rules_list_format_of(o.format);
  std::vector<RuleSetSummary> sets;
  for (const RuleSetOnPath& where : rule_sets_on_path(rules_search_path())) {
    sets.push_back(summarize(where, format != RulesListFormat::names));
  }
  OutputSink sink("");
  sink.write(write_rules_list(format, sets));
  sink.commit();
  return 0;
}

std::string builtin_rules_version() {
  RuleSet rs = load_builtin_rules();
  return rs.version.empty() ? rs.id : rs.id + " " + rs.version;
}

}  // namespace nytte
