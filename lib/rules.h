// Rule sets: municipal and national rules as data, loaded from TOML files
// (rules/*.toml, format in docs/rules.md). Loading parses and type-checks
// every condition once; the result is a plain immutable RuleSet.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "condition.h"
#include "date.h"
#include "diagnostic.h"

namespace nytte {

// Where a rule comes from: a [[source]] of the rule set (a seed file, a law,
// an agency's guidance) and the sentence it encodes.
struct Source {
  std::string id;
  std::string title;
  std::string file;         // seed file name, e.g. "000_0c1ca0eca22ce79b.txt"
  std::string url;          // where published, if known
  std::string legal_basis;  // e.g. "LAB § 105 a"
  std::optional<Date> date;
  SourcePos pos;
};

struct Citation {
  std::string source;       // id of a Source of the rule set (or one it extends)
  std::string quote;        // the sentence of the source it encodes, verbatim
  std::string legal_basis;  // e.g. "LAB §§ 82-89"; may be empty
  std::string note;         // how the sentence was read, if not obvious
};

// The dates a rule is in force, both ends included; missing = open.
struct Validity {
  std::optional<Date> from;
  std::optional<Date> to;
  bool contains(Date d) const { return (!from || *from <= d) && (!to || d <= *to); }
};

// Common part of every rule: id, title, dates, citation, where defined.
struct RuleHeader {
  std::string id;
  std::string title;
  Validity valid;
  Citation cite;
  std::string ruleset;  // id of the rule set that defines it
  SourcePos pos;
};

struct TargetGroup {
  RuleHeader h;
  CompiledExpr when;
};

// A person who meets an exemption is not covered, whatever group they are in.
struct Exemption {
  RuleHeader h;
  CompiledExpr when;
};

// A track (spor). A person qualifies for it when in one of `groups` (empty =
// any target group). In order, the first qualified track whose `propose`
// holds is proposed, unless the record's assigned_track names a qualified one.
struct Track {
  RuleHeader h;
  std::vector<std::string> groups;
  std::optional<CompiledExpr> propose;  // missing = always
  std::optional<CompiledExpr> hours;    // overrides the rule set's hours rule
};

// The weekly hours requirement, e.g. min(37, work_capacity_hours).
struct HoursRule {
  RuleHeader h;
  CompiledExpr hours;  // a number expression
};

struct RuleSet {
  std::string id;
  std::string title;
  std::string municipality;        // kommunekode, "" for national
  std::string status;              // e.g. "encoding of a public description; check against the law"
  std::string extends;             // id of the parent rule set, "" if none
  std::vector<std::string> chain;  // ids, root first, this one last
  std::string file;                // where it was loaded from ("<built-in>" for national)

  std::vector<Source> sources;  // own and inherited
  Schema schema;                // declared fields, constants, codes
  std::vector<TargetGroup> target_groups;
  std::vector<Exemption> exemptions;
  std::vector<Track> tracks;
  std::vector<HoursRule> hours;

  const Source* find_source(std::string_view id) const;
  const Track* find_track(std::string_view id) const;  // any version
};

// The national rule set compiled into the binary from rules/national.toml.
extern const std::string_view kBuiltinNationalRules;
inline constexpr std::string_view kBuiltinFileName = "<built-in>/national.toml";

// Loads a rule set from a file and the rule sets it extends (`extends` names a
// file relative to it, or "national" for the built-in one). Throws Error at
// the first problem, with file, line and column.
RuleSet load_rules_file(const std::string& path);
// Loads from text, for the built-in rule set and tests.
RuleSet load_rules_text(std::string_view text, const std::string& file_name,
                        const std::string& base_dir = ".");
RuleSet load_builtin_rules();

// Several --rules files: each is applied on its own; this returns them in order.
std::vector<RuleSet> load_rule_files(const std::vector<std::string>& paths);

}  // namespace nytte
