// Loading rule files: TOML -> checked, compiled RuleSet (format: docs/rules.md).
#include "model/rules.h"

#include "base/codes.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

namespace nytte {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kNational = "national";

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail({path, 0, 0}, "cannot read rule file: " + std::string(std::strerror(errno)), "io");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Loads one rule file on top of its parent. Reports problems with the exact
// position of the key or value in the TOML file.
class Loader {
 public:
  // `problems` null: the first problem throws. Else problems are collected
  // there and loading carries on where it can.
  Loader(std::string_view text, std::string file, std::string base_dir,
         std::vector<std::string>& stack, std::vector<Diagnostic>* problems = nullptr)
      : text_(text),
        file_(std::move(file)),
        base_dir_(std::move(base_dir)),
        stack_(stack),
        problems_(problems) {
    size_t start = 0;
    line_starts_.push_back(0);
    while ((start = text_.find('\n', start)) != std::string_view::npos) {
      line_starts_.push_back(++start);
    }
  }

  toml::table parse() {
    try {
      return toml::parse(text_, file_);
    } catch (const toml::parse_error& e) {
      fail(pos_of(e.source().begin), toml_syntax_message(e.description()), "toml-syntax");
    }
  }

  // A file of [[test]] entries only, for the rule set `rs`.
  void load_tests_file(RuleSet& rs) {
    toml::table doc = parse();
    check_keys(doc, {"test"}, "a tests file");
    load_tests(doc, rs);
  }

  RuleSet load() {
    toml::table doc = parse();
    check_keys(doc,
               {"ruleset", "source", "constants", "field", "exemption_code", "target_group",
                "exemption", "warning", "track", "hours", "calendar", "phase", "conversations",
                "offer", "recipe", "transport", "budget", "test"},
               "top-level table");

    const toml::table* head = doc["ruleset"].as_table();
    if (!head) fail({file_, 1, 1}, "missing [ruleset] table (id, title, ...)", "missing-key");
    check_keys(*head, {"id", "title", "municipality", "extends", "status", "version"}, "[ruleset]");

    RuleSet rs;
    std::string id = required_string(*head, "id", *head);
    if (!valid_id(id)) fail(pos(*head->get("id")), "rule set id must be [a-z0-9_]+", "bad-id");
    if (const toml::node* ext = head->get("extends")) {
      rs = load_parent(*ext);
      rs.extends = rs.id;
      rs.tests.clear();  // tests are a file's own
    }
    rs.id = id;
    rs.title = required_string(*head, "title", *head);
    rs.municipality = optional_string(*head, "municipality");
    rs.status = optional_string(*head, "status");
    rs.file = file_;
    rs.chain.push_back(rs.id);

    load_sources(doc, rs);
    load_constants(doc, rs);
    load_fields(doc, rs);
    load_exemption_codes(doc, rs);
    load_target_groups(doc, rs);
    load_exemptions(doc, rs);
    load_warnings(doc, rs);
    load_tracks(doc, rs);
    load_hours(doc, rs);
    load_calendar(doc, rs);
    load_phases(doc, rs);
    load_conversations(doc, rs);
    load_transport(doc, rs);
    load_offers(doc, rs);
    load_recipes(doc, rs);
    load_budget(doc, rs);
    load_tests(doc, rs);
    rs.files.push_back(file_);
    return rs;
  }

 private:
  SourcePos pos_of(const toml::source_position& p) const {
    return {file_, static_cast<uint32_t>(p.line), static_cast<uint32_t>(p.column)};
  }
  SourcePos pos(const toml::node& n) const { return pos_of(n.source().begin); }

  // A problem after which loading can go on: collected, or thrown.
  void report(SourcePos at, std::string message, std::string code) {
    if (!problems_) fail(std::move(at), std::move(message), std::move(code));
    problems_->push_back(Diagnostic{Severity::error, std::move(at), std::move(message), code});
  }

  // Runs one entry; when collecting, a problem in it is recorded and loading
  // goes on with the next entry.
  template <class F>
  void guarded(F&& f) {
    if (!problems_) {
      f();
      return;
    }
    try {
      f();
    } catch (const Error& e) {
      problems_->push_back(e.diagnostic());
    }
  }

  void check_keys(const toml::table& t, std::vector<std::string_view> allowed,
                  std::string_view where) {
    for (auto&& [key, node] : t) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
      std::string hint = did_you_mean(key.str(), allowed);
      report(pos_of(key.source().begin),
             fmt::format("unknown key '{}' in {}{}{}", excerpt(key.str()), where,
                         hint.empty() ? "" : "; ", hint),
             "unknown-key");
    }
  }

  std::string required_string(const toml::table& t, std::string_view key, const toml::node& ctx) {
    const toml::node* n = t.get(key);
    if (!n) fail(pos(ctx), fmt::format("missing required key '{}'", key), "missing-key");
    return as_string(*n, key);
  }
  std::string optional_string(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    return n ? as_string(*n, key) : std::string();
  }
  std::string as_string(const toml::node& n, std::string_view key) {
    if (auto s = n.value<std::string>(); s && n.is_string()) return *s;
    fail(pos(n), fmt::format("'{}' must be a string, found {}", key, type_word(n)), "wrong-type");
  }
  static std::string_view type_word(const toml::node& n) {
    switch (n.type()) {
      case toml::node_type::string:
        return "a string";
      case toml::node_type::integer:
        return "an integer";
      case toml::node_type::floating_point:
        return "a float";
      case toml::node_type::boolean:
        return "a boolean";
      case toml::node_type::date:
        return "a date";
      case toml::node_type::time:
        return "a time";
      case toml::node_type::date_time:
        return "a date-time";
      case toml::node_type::array:
        return "an array";
      case toml::node_type::table:
        return "a table";
      default:
        return "nothing";
    }
  }
  std::optional<Date> optional_date(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (auto d = n->as_date()) {
      toml::date v = d->get();
      return Date::from_ymd(v.year, v.month, v.day);
    }
    fail(pos(*n),
         fmt::format("'{}' must be a TOML date like 2025-07-01, found {}", key, type_word(*n)),
         "wrong-type");
  }
  std::vector<std::string> string_list(const toml::node& n, std::string_view key) {
    const toml::array* a = n.as_array();
    if (!a) fail(pos(n), fmt::format("'{}' must be an array of strings", key), "wrong-type");
    std::vector<std::string> out;
    for (const toml::node& e : *a) out.push_back(as_string(e, key));
    return out;
  }

  // Where the text of a string value starts: after its opening delimiter, and
  // after the newline that may follow ''' or """.
  TextOrigin origin_of(const toml::node& n) const {
    SourcePos p = pos(n);
    TextOrigin o{file_, p.line, p.column};
    if (p.line == 0 || p.line > line_starts_.size()) return o;
    size_t at = line_starts_[p.line - 1] + (p.column ? p.column - 1 : 0);
    std::string_view rest = text_.substr(std::min(at, text_.size()));
    if (rest.starts_with("'''") || rest.starts_with("\"\"\"")) {
      o.column += 3;
      rest.remove_prefix(3);
      if (rest.starts_with("\n") || rest.starts_with("\r\n")) {
        o.line += 1;
        o.column = 1;
      }
    } else {
      o.column += 1;
    }
    return o;
  }

  CompiledExpr expression(const toml::table& t, std::string_view key, const RuleSet& rs, Type type,
                          const toml::node& ctx) {
    const toml::node* n = t.get(key);
    if (!n) fail(pos(ctx), fmt::format("missing required key '{}'", key), "missing-key");
    std::string text = as_string(*n, key);
    return compile_expression(text, origin_of(*n), rs.schema, type);
  }

  // Each [[x]] entry must be a table in an array of tables.
  template <class F>
  void each_table(const toml::table& doc, std::string_view key, F&& f) {
    const toml::node* n = doc.get(key);
    if (!n) return;
    const toml::array* a = n->as_array();
    if (!a)
      fail(pos(*n), fmt::format("'{}' must be written as [[{}]] tables", key, key), "wrong-type");
    for (const toml::node& e : *a) {
      guarded([&] {
        const toml::table* t = e.as_table();
        if (!t) fail(pos(e), fmt::format("each [[{}]] must be a table", key), "wrong-type");
        f(*t);
      });
    }
  }

  RuleSet load_parent(const toml::node& ext) {
    std::string name = as_string(ext, "extends");
    std::string path;
    if (name == kNational) {
      path = std::string(kBuiltinFileName);
    } else {
      path = (fs::path(base_dir_) / name).lexically_normal().string();
    }
    // The error_code form: a name the file system refuses (too long, say)
    // is reported below as a file that does not exist, not thrown.
    std::error_code canonical_ec;
    std::string key = name == kNational ? path : fs::weakly_canonical(path, canonical_ec).string();
    if (canonical_ec) key = path;
    if (std::find(stack_.begin(), stack_.end(), key) != stack_.end()) {
      fail(pos(ext),
           fmt::format("'extends' makes a cycle: {} extends {}, which is already being loaded",
                       file_, path),
           "extends-cycle");
    }
    if (name == kNational) {
      stack_.push_back(key);
      RuleSet parent = Loader(kBuiltinNationalRules, path, ".", stack_, problems_).load();
      stack_.pop_back();
      return parent;
    }
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      fail(pos(ext),
           fmt::format("rule set '{}' extends '{}', which does not exist ({})", file_, name, path),
           "extends-missing");
    }
    std::string text = read_file(path);
    stack_.push_back(key);
    RuleSet parent =
        Loader(text, path, fs::path(path).parent_path().string(), stack_, problems_).load();
    stack_.pop_back();
    return parent;
  }

  void load_sources(const toml::table& doc, RuleSet& rs) {
    each_table(doc, "source", [&](const toml::table& t) {
      check_keys(t, {"id", "title", "author", "file", "url", "legal_basis", "date"}, "[[source]]");
      Source s;
      s.id = required_string(t, "id", t);
      s.title = required_string(t, "title", t);
      s.file = optional_string(t, "file");
      s.url = optional_string(t, "url");
      s.legal_basis = optional_string(t, "legal_basis");
      s.author = optional_string(t, "author");
      s.date = optional_date(t, "date");
      s.pos = pos(t);
      replace_or_add(rs.sources, s, [](const Source& x) { return x.id; });
    });
  }

  void load_constants(const toml::table& doc, RuleSet& rs) {
    const toml::node* n = doc.get("constants");
    if (!n) return;
    const toml::table* t = n->as_table();
    if (!t) fail(pos(*n), "[constants] must be a table", "wrong-type");
    for (auto&& [key, v] : *t) {
      guarded([&, &key = key, &v = v] { load_constant(key, v, rs); });
    }
  }

  void load_constant(const toml::key& key, const toml::node& v, RuleSet& rs) {
    {
      Constant c;
      c.name = std::string(key.str());
      c.pos = pos_of(key.source().begin);
      if (!valid_id(c.name)) fail(c.pos, "constant names must be [a-z0-9_]+", "bad-id");
      if (find_field(c.name)) {
        fail(c.pos, fmt::format("constant '{}' has the name of a citizen field", c.name),
             "name-clash");
      }
      if (auto b = v.as_boolean()) {
        c.type = Type::boolean, c.boolean = b->get();
      } else if (auto i = v.as_integer()) {
        c.type = Type::number, c.number = static_cast<double>(i->get());
      } else if (auto f = v.as_floating_point()) {
        if (!std::isfinite(f->get())) {
          fail(pos(v),
               fmt::format("constant '{}' must be a finite number, not {}", c.name,
                           f->get() != f->get() ? "nan" : "inf"),
               "invalid-value");
        }
        c.type = Type::number, c.number = f->get();
      } else if (auto s = v.as_string()) {
        c.type = Type::string, c.string = s->get();
      } else if (auto d = v.as_date()) {
        c.type = Type::date, c.date = Date::from_ymd(d->get().year, d->get().month, d->get().day);
      } else if (v.is_array()) {
        c.type = Type::string_list, c.list = string_list(v, c.name);
      } else {
        fail(pos(v),
             fmt::format("constant '{}' must be a bool, number, string, date or array "
                         "of strings, found {}",
                         c.name, type_word(v)),
             "wrong-type");
      }
      replace_or_add(rs.schema.constants, c, [](const Constant& x) { return x.name; });
    }
  }

  void load_fields(const toml::table& doc, RuleSet& rs) {
    each_table(doc, "field", [&](const toml::table& t) {
      check_keys(t, {"name", "type", "description", "codes"}, "[[field]]");
      DeclaredField f;
      f.name = required_string(t, "name", t);
      f.pos = pos(*t.get("name"));
      if (!valid_id(f.name)) fail(f.pos, "field names must be [a-z0-9_]+", "bad-id");
      if (find_field(f.name)) {
        fail(f.pos, fmt::format("field '{}' is a built-in field of the citizen record", f.name),
             "name-clash");
      }
      for (const DeclaredField& other : rs.schema.fields) {
        if (other.name == f.name) {
          fail(f.pos,
               fmt::format("field '{}' is declared twice (first at {}:{})", f.name, other.pos.file,
                           other.pos.line),
               "duplicate-id");
        }
      }
      std::string type = required_string(t, "type", t);
      static const std::vector<std::string_view> kTypes = {"bool", "number", "string", "date",
                                                           "list"};
      if (type == "bool")
        f.type = Type::boolean;
      else if (type == "number")
        f.type = Type::number;
      else if (type == "string")
        f.type = Type::string;
      else if (type == "date")
        f.type = Type::date;
      else if (type == "list")
        f.type = Type::string_list;
      else {
        std::string hint = did_you_mean(type, kTypes);
        fail(pos(*t.get("type")),
             fmt::format("unknown field type '{}' (bool, number, string, date or list){}{}", type,
                         hint.empty() ? "" : "; ", hint),
             "unknown-code");
      }
      f.description = optional_string(t, "description");
      if (const toml::node* c = t.get("codes")) f.codes = string_list(*c, "codes");
      rs.schema.fields.push_back(std::move(f));
    });
  }

  void load_exemption_codes(const toml::table& doc, RuleSet& rs) {
    each_table(doc, "exemption_code", [&](const toml::table& t) {
      check_keys(t, {"id", "title", "note"}, "[[exemption_code]]");
      std::string id = required_string(t, "id", t);
      if (!valid_id(id)) fail(pos(*t.get("id")), "exemption codes must be [a-z0-9_]+", "bad-id");
      auto& codes = rs.schema.exemption_codes;
      if (std::find(codes.begin(), codes.end(), id) == codes.end()) codes.push_back(id);
    });
  }

  RuleHeader header(const toml::table& t, const RuleSet& rs, std::string_view kind) {
    RuleHeader h;
    h.id = required_string(t, "id", t);
    h.pos = pos(t);
    if (!valid_id(h.id))
      fail(pos(*t.get("id")), fmt::format("{} ids must be [a-z0-9_]+", kind), "bad-id");
    h.title = optional_string(t, "title");
    h.valid.from = optional_date(t, "valid_from");
    h.valid.to = optional_date(t, "valid_to");
    if (h.valid.from && h.valid.to && *h.valid.to < *h.valid.from) {
      fail(pos(*t.get("valid_to")),
           fmt::format("valid_to {} is before valid_from {}", h.valid.to->iso(),
                       h.valid.from->iso()),
           "bad-dates");
    }
    h.cite.source = optional_string(t, "source");
    h.cite.quote = optional_string(t, "quote");
    h.cite.legal_basis = optional_string(t, "legal_basis");
    h.cite.note = optional_string(t, "note");
    if (!h.cite.source.empty() && !rs.find_source(h.cite.source)) {
      std::vector<std::string_view> ids;
      for (const Source& s : rs.sources) ids.push_back(s.id);
      std::string hint = did_you_mean(h.cite.source, ids);
      report(pos(*t.get("source")),
             fmt::format("unknown source '{}' (declare it in a [[source]] table){}{}",
                         h.cite.source, hint.empty() ? "" : "; ", hint),
             "unknown-source");
    }
    h.ruleset = rs.id;
    return h;
  }

  // Rules of one kind: versions of one id must not overlap in time; a child's
  // id replaces every inherited version of it.
  template <class Rule>
  void add_versions(std::vector<Rule>& rules, std::vector<Rule> own, std::string_view kind) {
    std::set<std::string> own_ids;
    for (const Rule& r : own) own_ids.insert(r.h.id);
    std::erase_if(rules, [&](const Rule& r) { return own_ids.count(r.h.id) > 0; });
    for (size_t i = 0; i < own.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (own[i].h.id == own[j].h.id && overlaps(own[i].h.valid, own[j].h.valid)) {
          report(own[i].h.pos,
                 fmt::format("{} '{}' has two versions in force at the same time (the other at "
                             "line {}); give them valid_from/valid_to dates that do not overlap",
                             kind, own[i].h.id, own[j].h.pos.line),
                 "overlapping-versions");
        }
      }
    }
    for (Rule& r : own) rules.push_back(std::move(r));
  }
  static bool overlaps(const Validity& a, const Validity& b) {
    bool a_before_b = a.to && b.from && *a.to < *b.from;
    bool b_before_a = b.to && a.from && *b.to < *a.from;
    return !a_before_b && !b_before_a;
  }

  static std::vector<std::string_view> keys_with(std::initializer_list<std::string_view> more) {
    std::vector<std::string_view> keys = {"id",     "title", "valid_from",  "valid_to",
                                          "source", "quote", "legal_basis", "note"};
    keys.insert(keys.end(), more);
    return keys;
  }

  void load_target_groups(const toml::table& doc, RuleSet& rs) {
    std::vector<TargetGroup> own;
    each_table(doc, "target_group", [&](const toml::table& t) {
      check_keys(t, keys_with({"when", "phased_in_by"}), "[[target_group]]");
      TargetGroup g{header(t, rs, "target group"), expression(t, "when", rs, Type::boolean, t),
                    rs.municipality, optional_date(t, "phased_in_by")};
      own.push_back(std::move(g));
    });
    add_versions(rs.target_groups, std::move(own), "target group");
  }

  void load_exemptions(const toml::table& doc, RuleSet& rs) {
    std::vector<Exemption> own;
    each_table(doc, "exemption", [&](const toml::table& t) {
      check_keys(t, keys_with({"when", "groups"}), "[[exemption]]");
      Exemption e{header(t, rs, "exemption"), expression(t, "when", rs, Type::boolean, t),
                  group_refs(t, rs)};
      own.push_back(std::move(e));
    });
    add_versions(rs.exemptions, std::move(own), "exemption");
  }

  void load_warnings(const toml::table& doc, RuleSet& rs) {
    std::vector<DataWarning> own;
    each_table(doc, "warning", [&](const toml::table& t) {
      check_keys(t, keys_with({"when"}), "[[warning]]");
      DataWarning w{header(t, rs, "warning"), expression(t, "when", rs, Type::boolean, t)};
      if (w.h.title.empty()) {
        fail(pos(t), "a [[warning]] needs a 'title': the message a caseworker reads",
             "missing-key");
      }
      own.push_back(std::move(w));
    });
    add_versions(rs.warnings, std::move(own), "warning");
  }

  // A rule's `groups`: ids of target groups declared so far.
  std::vector<std::string> group_refs(const toml::table& t, const RuleSet& rs) {
    std::vector<std::string> groups;
    if (const toml::node* g = t.get("groups")) {
      groups = string_list(*g, "groups");
      const toml::array& arr = *g->as_array();
      for (size_t i = 0; i < groups.size(); ++i) check_group_ref(rs, groups[i], *arr.get(i));
    }
    return groups;
  }

  void load_tracks(const toml::table& doc, RuleSet& rs) {
    const toml::node* n = doc.get("track");
    if (!n) return;
    // A rule set that names its own tracks replaces the tracks it extends.
    std::vector<const toml::table*> tables;
    each_table(doc, "track", [&](const toml::table& t) { tables.push_back(&t); });
    rs.schema.track_ids.clear();
    for (const toml::table* t : tables) {
      if (const toml::node* id = t->get("id")) {
        std::string s = as_string(*id, "id");
        auto& ids = rs.schema.track_ids;
        if (std::find(ids.begin(), ids.end(), s) == ids.end()) ids.push_back(s);
      }
    }
    std::vector<Track> own;
    for (const toml::table* t : tables) {
      guarded([&] { own.push_back(load_track(t, rs)); });
    }
    rs.tracks.clear();
    add_versions(rs.tracks, std::move(own), "track");
  }

  Track load_track(const toml::table* t, const RuleSet& rs) {
    {
      check_keys(*t, keys_with({"groups", "propose", "hours", "max_hours", "hours_parts"}),
                 "[[track]]");
      Track tr;
      tr.h = header(*t, rs, "track");
      tr.groups = group_refs(*t, rs);
      if (t->get("propose")) tr.propose = expression(*t, "propose", rs, Type::boolean, *t);
      if (t->get("hours")) tr.hours = expression(*t, "hours", rs, Type::number, *t);
      if (t->get("max_hours")) tr.max_hours = expression(*t, "max_hours", rs, Type::number, *t);
      if (const toml::node* n = t->get("hours_parts")) tr.hours_parts = hours_parts(*n);
      return tr;
    }
  }

  void check_group_ref(const RuleSet& rs, const std::string& id, const toml::node& at) {
    std::vector<std::string_view> ids;
    for (const TargetGroup& g : rs.target_groups) {
      if (g.h.id == id) return;
      ids.push_back(g.h.id);
    }
    std::string hint = did_you_mean(id, ids);
    report(pos(at),
           fmt::format("unknown target group '{}'{}{}", id, hint.empty() ? "" : "; ", hint),
           "unknown-reference");
  }

  // hours_parts = [{ title = "...", kind = "dansk", hours = 5 }, ...]
  std::vector<HoursPart> hours_parts(const toml::node& n) {
    const toml::array* arr = n.as_array();
    if (!arr) {
      fail(pos(n), fmt::format("'hours_parts' must be an array of tables, found {}", type_word(n)),
           "wrong-type");
    }
    std::vector<HoursPart> parts;
    for (const toml::node& item : *arr) {
      const toml::table* pt = item.as_table();
      if (!pt) {
        fail(pos(item),
             fmt::format("each of 'hours_parts' must be a table {{ title, kind, hours }}, found {}",
                         type_word(item)),
             "wrong-type");
      }
      check_keys(*pt, {"title", "kind", "hours"}, "hours_parts");
      HoursPart p;
      p.title = required_string(*pt, "title", *pt);
      p.kind = optional_string(*pt, "kind");
      std::optional<double> h = optional_hours(*pt, "hours", 168);
      if (!h) fail(pos(*pt), "a part of 'hours_parts' needs 'hours'", "missing-key");
      p.hours = *h;
      p.pos = pos(*pt);
      parts.push_back(std::move(p));
    }
    return parts;
  }

  void load_hours(const toml::table& doc, RuleSet& rs) {
    std::vector<HoursRule> own;
    each_table(doc, "hours", [&](const toml::table& t) {
      check_keys(t, keys_with({"value", "groups"}), "[[hours]]");
      HoursRule r{header(t, rs, "hours rule"), expression(t, "value", rs, Type::number, t),
                  group_refs(t, rs)};
      own.push_back(std::move(r));
    });
    add_versions(rs.hours, std::move(own), "hours rule");
  }

  std::optional<int64_t> optional_int(const toml::table& t, std::string_view key, int64_t lo,
                                      int64_t hi) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    const auto* i = n->as_integer();
    if (!i) {
      fail(pos(*n), fmt::format("'{}' must be an integer, found {}", key, type_word(*n)),
           "wrong-type");
    }
    if (i->get() < lo || i->get() > hi) {
      fail(pos(*n), fmt::format("'{}' must be between {} and {}, found {}", key, lo, hi, i->get()),
           "invalid-value");
    }
    return i->get();
  }

  std::vector<std::string> track_list(const toml::table& t, const RuleSet& rs) {
    std::vector<std::string> tracks;
    if (const toml::node* n = t.get("tracks")) {
      tracks = string_list(*n, "tracks");
      const toml::array& arr = *n->as_array();
      for (size_t i = 0; i < tracks.size(); ++i) {
        if (rs.find_track(tracks[i])) continue;
        std::vector<std::string_view> ids;
        for (const Track& tr : rs.tracks) ids.push_back(tr.h.id);
        std::string hint = did_you_mean(tracks[i], ids);
        report(pos(*arr.get(i)),
               fmt::format("unknown track '{}'{}{}", tracks[i], hint.empty() ? "" : "; ", hint),
               "unknown-reference");
      }
    }
    return tracks;
  }

  // [calendar]: merged key by key over the inherited one.
  void load_calendar(const toml::table& doc, RuleSet& rs) {
    const toml::node* n = doc.get("calendar");
    if (!n) return;
    const toml::table* t = n->as_table();
    if (!t) fail(pos(*n), "'calendar' must be a table: write [calendar]", "wrong-type");
    check_keys(*t,
               {"hours_per_day", "closing_days", "stable_attendance_weeks", "source", "quote",
                "legal_basis", "note"},
               "[calendar]");
    CalendarRules& c = rs.calendar;
    c.pos = pos(*t);
    if (const toml::node* h = t->get("hours_per_day")) {
      std::optional<double> v = h->value<double>();
      if (!v || !(h->is_floating_point() || h->is_integer()) || !(*v > 0 && *v <= 24)) {
        fail(pos(*h), "'hours_per_day' must be a number of hours above 0 and at most 24",
             "invalid-value");
      }
      c.hours_per_day = *v;
    }
    if (auto w = optional_int(*t, "stable_attendance_weeks", 1, 520)) {
      c.stable_attendance_weeks = static_cast<int>(*w);
    }
    if (const toml::node* days = t->get("closing_days")) {
      const toml::array* a = days->as_array();
      if (!a) fail(pos(*days), "'closing_days' must be an array", "wrong-type");
      c.closing_days.clear();
      for (const toml::node& e : *a) {
        if (e.is_string()) {
          std::string id = e.as_string()->get();
          std::optional<ClosingDay> known = known_closing_day(id);
          if (!known) {
            std::string hint =
                did_you_mean(id, {"grundlovsdag", "juleaftensdag", "nytaarsaftensdag"});
            report(pos(e),
                   fmt::format("unknown closing day '{}' (known: grundlovsdag, juleaftensdag, "
                               "nytaarsaftensdag; or write a date){}{}",
                               id, hint.empty() ? "" : "; ", hint),
                   "unknown-reference");
            continue;
          }
          c.closing_days.push_back(*known);
        } else if (const auto* d = e.as_date()) {
          toml::date v = d->get();
          Date date = Date::from_ymd(v.year, v.month, v.day);
          c.closing_days.push_back({"lukkedag", "Lukkedag", 0, 0, date});
        } else {
          report(pos(e),
                 fmt::format("closing days are names (\"grundlovsdag\") or dates (2025-05-30), "
                             "found {}",
                             type_word(e)),
                 "wrong-type");
        }
      }
    }
    merge_citation(*t, rs, c.cite);
  }

  void load_phases(const toml::table& doc, RuleSet& rs) {
    std::vector<Phase> own;
    each_table(doc, "phase", [&](const toml::table& t) {
      check_keys(t, keys_with({"tracks", "from_day", "to_day"}), "[[phase]]");
      Phase ph;
      ph.h = header(t, rs, "phase");
      ph.tracks = track_list(t, rs);
      ph.from_day = static_cast<int>(optional_int(t, "from_day", 0, 36500).value_or(0));
      if (auto to = optional_int(t, "to_day", 0, 36500)) ph.to_day = static_cast<int>(*to);
      if (ph.to_day && *ph.to_day < ph.from_day) {
        fail(pos(*t.get("to_day")), "'to_day' is before 'from_day'", "bad-dates");
      }
      own.push_back(std::move(ph));
    });
    add_versions(rs.phases, std::move(own), "phase");
  }

  void load_conversations(const toml::table& doc, RuleSet& rs) {
    std::vector<ConversationPlan> own;
    each_table(doc, "conversations", [&](const toml::table& t) {
      check_keys(t, keys_with({"tracks", "count", "every_months", "within_weeks"}),
                 "[[conversations]]");
      ConversationPlan cp;
      cp.h = header(t, rs, "conversation plan");
      cp.tracks = track_list(t, rs);
      std::optional<int64_t> count = optional_int(t, "count", 1, 1000);
      if (!count) fail(pos(t), "missing required key 'count'", "missing-key");
      cp.count = static_cast<int>(*count);
      cp.every_months = static_cast<int>(optional_int(t, "every_months", 1, 120).value_or(1));
      cp.within_weeks = static_cast<int>(optional_int(t, "within_weeks", 1, 520).value_or(0));
      own.push_back(std::move(cp));
    });
    add_versions(rs.conversations, std::move(own), "conversation plan");
  }

  std::optional<double> optional_hours(const toml::table& t, std::string_view key, double hi) {
    return optional_number(t, key, hi, "hours");
  }
  std::optional<double> optional_kroner(const toml::table& t, std::string_view key) {
    return optional_number(t, key, 1e12, "kroner");
  }
  std::optional<double> optional_number(const toml::table& t, std::string_view key, double hi,
                                        std::string_view unit) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    std::optional<double> v = n->value<double>();
    // Written as "within", so nan (which compares false) is refused too.
    if (!v || !(n->is_floating_point() || n->is_integer()) || !(*v >= 0 && *v <= hi)) {
      fail(pos(*n), fmt::format("'{}' must be a number of {} from 0 to {:.0f}", key, unit, hi),
           "invalid-value");
    }
    return *v;
  }
  bool optional_bool(const toml::table& t, std::string_view key, bool fallback) {
    const toml::node* n = t.get(key);
    if (!n) return fallback;
    if (const auto* b = n->as_boolean()) return b->get();
    fail(pos(*n), fmt::format("'{}' must be true or false, found {}", key, type_word(*n)),
         "wrong-type");
  }
  TimeOfDay time_of_day(const toml::node& n, std::string_view key) {
    const auto* t = n.as_time();
    if (!t) {
      fail(pos(n),
           fmt::format("'{}' must be a TOML local time like 08:30, found {}", key, type_word(n)),
           "wrong-type");
    }
    return TimeOfDay{t->get().hour * 60 + t->get().minute};
  }
  std::string kind_code(const toml::node& n) {
    std::string k = as_string(n, "kind");
    std::optional<size_t> i = find_code(offer_kind_codes(), k);
    if (!i) {
      const CodeList& list = offer_kind_codes();
      std::vector<std::string_view> all(list.codes.begin(), list.codes.end());
      std::string hint = did_you_mean(k, all);
      fail(pos(n),
           fmt::format("unknown offer kind '{}' (one of {}){}{}", k, fmt::join(all, ", "),
                       hint.empty() ? "" : "; ", hint),
           "unknown-code");
    }
    return std::string(offer_kind_codes().codes[*i]);
  }

  // The citation keys of a table merged over an inherited citation ([calendar],
  // [transport]): each key given replaces the inherited one.
  void merge_citation(const toml::table& t, const RuleSet& rs, Citation& cite) {
    if (t.get("source")) cite.source = optional_string(t, "source");
    if (t.get("quote")) cite.quote = optional_string(t, "quote");
    if (t.get("legal_basis")) cite.legal_basis = optional_string(t, "legal_basis");
    if (t.get("note")) cite.note = optional_string(t, "note");
    if (!cite.source.empty() && !rs.find_source(cite.source)) {
      report(pos(*t.get("source")), fmt::format("unknown source '{}'", cite.source),
             "unknown-source");
    }
  }

  // [transport]: merged key by key over the inherited one.
  void load_transport(const toml::table& doc, RuleSet& rs) {
    const toml::node* n = doc.get("transport");
    if (!n) return;
    const toml::table* t = n->as_table();
    if (!t) fail(pos(*n), "'transport' must be a table: write [transport]", "wrong-type");
    check_keys(*t, {"counts", "minutes", "routes", "source", "quote", "legal_basis", "note"},
               "[transport]");
    TransportRules& tr = rs.transport;
    tr.pos = pos(*t);
    tr.counts = optional_bool(*t, "counts", tr.counts);
    if (auto m = optional_int(*t, "minutes", 0, 600)) tr.minutes = static_cast<int>(*m);
    if (const toml::node* r = t->get("routes")) {
      const toml::array* a = r->as_array();
      if (!a)
        fail(pos(*r), "'routes' must be an array of { between = [a, b], minutes }", "wrong-type");
      tr.routes.clear();
      for (const toml::node& e : *a) {
        guarded([&] {
          const toml::table* rt = e.as_table();
          if (!rt)
            fail(pos(e), "a route must be a table { between = [a, b], minutes }", "wrong-type");
          check_keys(*rt, {"between", "minutes"}, "a route");
          const toml::node* b = rt->get("between");
          if (!b) fail(pos(*rt), "missing required key 'between'", "missing-key");
          std::vector<std::string> ends = string_list(*b, "between");
          if (ends.size() != 2) fail(pos(*b), "'between' must name two locations", "invalid-value");
          auto m = optional_int(*rt, "minutes", 0, 600);
          if (!m) fail(pos(*rt), "missing required key 'minutes'", "missing-key");
          tr.routes.push_back({ends[0], ends[1], static_cast<int>(*m)});
        });
      }
    }
    merge_citation(*t, rs, tr.cite);
  }

  void load_offers(const toml::table& doc, RuleSet& rs) {
    std::vector<Offer> own;
    each_table(doc, "offer", [&](const toml::table& t) {
      check_keys(t,
                 keys_with({"kind", "workplace", "sector", "location", "seats", "cost_per_week",
                            "take", "counts", "preparation_hours", "tracks", "who", "slots"}),
                 "[[offer]]");
      Offer o;
      o.h = header(t, rs, "offer");
      const toml::node* k = t.get("kind");
      if (!k) fail(pos(t), "missing required key 'kind' (an offer kind code)", "missing-key");
      o.kind = kind_code(*k);
      o.workplace = optional_string(t, "workplace");
      o.sector = optional_string(t, "sector");
      if (!o.sector.empty() && o.sector != "municipal" && o.sector != "private") {
        fail(pos(*t.get("sector")),
             fmt::format("'sector' must be \"municipal\" or \"private\", found \"{}\"", o.sector),
             "invalid-value");
      }
      o.location = optional_string(t, "location");
      if (auto seats = optional_int(t, "seats", 0, 1000000)) o.seats = static_cast<int>(*seats);
      o.cost_per_week = optional_kroner(t, "cost_per_week").value_or(0);
      std::string take = optional_string(t, "take");
      if (!take.empty() && take != "any" && take != "all") {
        fail(pos(*t.get("take")),
             fmt::format("'take' must be \"any\" (some of the slots) or \"all\" (every slot), "
                         "found \"{}\"",
                         take),
             "invalid-value");
      }
      o.take_all = take == "all";
      o.counts = optional_bool(t, "counts", true);
      o.preparation_hours = optional_hours(t, "preparation_hours", 24).value_or(0);
      o.tracks = track_list(t, rs);
      if (t.get("who")) o.who = expression(t, "who", rs, Type::boolean, t);
      const toml::node* sl = t.get("slots");
      if (!sl)
        fail(pos(t), "missing required key 'slots' (weekly { day, from, to })", "missing-key");
      const toml::array* a = sl->as_array();
      if (!a || a->empty())
        fail(pos(*sl), "'slots' must be a non-empty array of { day, from, to }", "wrong-type");
      for (const toml::node& e : *a) slots(e, o.slots);
      own.push_back(std::move(o));
    });
    add_versions(rs.offers, std::move(own), "offer");
  }

  // One entry of 'slots': { day, from, to }, or { days = [...], from, to } for
  // the same hours on several days.
  void slots(const toml::node& e, std::vector<Slot>& out) {
    const toml::table* st = e.as_table();
    if (!st) fail(pos(e), "a slot must be a table { day, from, to }", "wrong-type");
    check_keys(*st, {"day", "days", "from", "to", "step"}, "a slot");
    const toml::node* d = st->get("day");
    const toml::node* ds = st->get("days");
    if (d && ds) fail(pos(e), "give 'day' or 'days', not both", "invalid-value");
    if (!d && !ds)
      fail(pos(e), "missing required key 'day' (mon ... sun) or 'days' (a list)", "missing-key");
    std::vector<const toml::node*> days;
    if (d) {
      days.push_back(d);
    } else {
      const toml::array* a = ds->as_array();
      if (!a || a->empty()) fail(pos(*ds), "'days' must be a non-empty list of days", "wrong-type");
      for (const toml::node& x : *a) days.push_back(&x);
    }
    const toml::node* f = st->get("from");
    const toml::node* to = st->get("to");
    if (!f || !to)
      fail(pos(e), fmt::format("missing required key '{}'", f ? "to" : "from"), "missing-key");
    TimeOfDay from = time_of_day(*f, "from");
    TimeOfDay until = time_of_day(*to, "to");
    if (until <= from) {
      fail(pos(*to),
           fmt::format("a slot must end after it starts, found {} to {}", from.hh_mm(),
                       until.hh_mm()),
           "bad-times");
    }
    // 'step': the time cut into pieces of that many minutes (the last may be
    // shorter), each taken on its own.
    int step = until.minutes - from.minutes;
    if (auto st_min = optional_int(*st, "step", 5, 24 * 60)) step = static_cast<int>(*st_min);
    for (const toml::node* dn : days) {
      std::string day = as_string(*dn, "day");
      std::optional<Weekday> wd = parse_weekday(day);
      if (!wd) {
        std::string hint = did_you_mean(day, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"});
        fail(pos(*dn),
             fmt::format("a day must be mon, tue, wed, thu, fri, sat or sun, found \"{}\"{}{}", day,
                         hint.empty() ? "" : "; ", hint),
             "invalid-value");
      }
      for (int m = from.minutes; m < until.minutes; m += step) {
        Slot s;
        s.pos = pos(e);
        s.day = *wd;
        s.from = TimeOfDay{m};
        s.to = TimeOfDay{std::min(m + step, until.minutes)};
        for (const Slot& o : out) {
          if (o.day == s.day && o.from < s.to && s.from < o.to) {
            fail(pos(*dn),
                 fmt::format("slot {} {}-{} overlaps the offer's slot at line {}",
                             weekday_code(s.day), s.from.hh_mm(), s.to.hh_mm(), o.pos.line),
                 "overlapping-slots");
          }
        }
        out.push_back(s);
      }
    }
  }

  std::vector<std::string> kinds_list(const toml::node& n) {
    const toml::array* a = n.as_array();
    if (!a) fail(pos(n), "must be an array of offer kinds", "wrong-type");
    std::vector<std::string> out;
    for (const toml::node& e : *a) out.push_back(kind_code(e));
    return out;
  }

  void load_recipes(const toml::table& doc, RuleSet& rs) {
    std::vector<Recipe> own;
    each_table(doc, "recipe", [&](const toml::table& t) {
      check_keys(
          t, keys_with({"tracks", "phase", "prefer", "part", "daily_limit", "one_offer_per_kind"}),
          "[[recipe]]");
      Recipe r;
      r.h = header(t, rs, "recipe");
      r.tracks = track_list(t, rs);
      r.phase = optional_string(t, "phase");
      if (!r.phase.empty() && !rs.find_phase(r.phase)) {
        std::vector<std::string_view> ids;
        for (const Phase& ph : rs.phases) ids.push_back(ph.h.id);
        std::string hint = did_you_mean(r.phase, ids);
        report(pos(*t.get("phase")),
               fmt::format("unknown phase '{}'{}{}", r.phase, hint.empty() ? "" : "; ", hint),
               "unknown-reference");
      }
      const toml::node* pr = t.get("prefer");
      if (!pr) fail(pos(t), "missing required key 'prefer' (tiers of offer kinds)", "missing-key");
      const toml::array* tiers = pr->as_array();
      if (!tiers || tiers->empty())
        fail(pos(*pr), "'prefer' must be an array of tiers (arrays of offer kinds)", "wrong-type");
      for (const toml::node& tier : *tiers) {
        if (tier.is_string()) {
          r.prefer.push_back({kind_code(tier)});
        } else {
          r.prefer.push_back(kinds_list(tier));
        }
      }
      if (r.prefer.size() > 8) fail(pos(*pr), "'prefer' may hold at most 8 tiers", "invalid-value");
      r.daily_limit = optional_hours(t, "daily_limit", 24);
      r.one_offer_per_kind = optional_bool(t, "one_offer_per_kind", true);
      if (const toml::node* parts = t.get("part")) {
        const toml::array* a = parts->as_array();
        if (!a) fail(pos(*parts), "'part' must be written as [[recipe.part]] tables", "wrong-type");
        if (a->size() > 3)
          fail(pos(*parts), "a recipe may have at most 3 mandatory parts", "invalid-value");
        for (const toml::node& e : *a) r.parts.push_back(part(e, r, rs));
      }
      own.push_back(std::move(r));
    });
    add_versions(rs.recipes, std::move(own), "recipe");
  }

  void load_budget(const toml::table& doc, RuleSet& rs) {
    std::vector<BudgetLine> own;
    each_table(doc, "budget", [&](const toml::table& t) {
      check_keys(t, keys_with({"amount", "kinds", "offers"}), "[[budget]]");
      BudgetLine b;
      b.h = header(t, rs, "budget");
      std::optional<double> amount = optional_kroner(t, "amount");
      if (!amount)
        fail(pos(t), "missing required key 'amount' (kr. over the period)", "missing-key");
      b.amount = *amount;
      if (const toml::node* k = t.get("kinds")) b.kinds = kinds_list(*k);
      if (const toml::node* o = t.get("offers")) {
        b.offers = string_list(*o, "offers");
        for (const std::string& id : b.offers) {
          bool known = std::any_of(rs.offers.begin(), rs.offers.end(),
                                   [&](const Offer& of) { return of.h.id == id; });
          if (!known) {
            std::vector<std::string_view> ids;
            for (const Offer& of : rs.offers) ids.push_back(of.h.id);
            std::string hint = did_you_mean(id, ids);
            report(pos(*o),
                   fmt::format("unknown offer '{}'{}{}", id, hint.empty() ? "" : "; ", hint),
                   "unknown-reference");
          }
        }
      }
      own.push_back(std::move(b));
    });
    add_versions(rs.budget, std::move(own), "budget line");
  }

  RecipePart part(const toml::node& e, const Recipe& r, const RuleSet& rs) {
    const toml::table* pt = e.as_table();
    if (!pt) fail(pos(e), "each [[recipe.part]] must be a table", "wrong-type");
    check_keys(*pt, {"title", "kinds", "hours", "days"}, "[[recipe.part]]");
    RecipePart p;
    p.pos = pos(e);
    p.title = optional_string(*pt, "title");
    const toml::node* k = pt->get("kinds");
    if (!k) fail(pos(e), "missing required key 'kinds'", "missing-key");
    p.kinds = kinds_list(*k);
    const toml::array& ka = *k->as_array();
    for (size_t i = 0; i < p.kinds.size(); ++i) {
      bool listed = false;
      for (const auto& tier : r.prefer)
        listed = listed || std::find(tier.begin(), tier.end(), p.kinds[i]) != tier.end();
      if (!listed) {
        report(pos(*ka.get(i)),
               fmt::format("kind '{}' of a mandatory part is not in the recipe's 'prefer'",
                           p.kinds[i]),
               "unknown-reference");
      }
    }
    std::optional<double> hours = optional_hours(*pt, "hours", 168);
    std::optional<double> days = optional_hours(*pt, "days", 7);
    if (hours && days) fail(pos(e), "give 'hours' or 'days', not both", "invalid-value");
    if (!hours && !days) fail(pos(e), "missing required key 'hours' (or 'days')", "missing-key");
    p.hours = hours ? *hours : *days * rs.calendar.hours_per_day;
    return p;
  }

  // [[test]] entries: a citizen, a date, and what is expected.
  void load_tests(const toml::table& doc, RuleSet& rs) {
    each_table(doc, "test", [&](const toml::table& t) {
      check_keys(t, {"name", "on", "citizen", "citizen_id", "expect"}, "[[test]]");
      RuleTest rt;
      rt.pos = pos(t);
      rt.name = required_string(t, "name", t);
      auto on = optional_date(t, "on");
      if (!on)
        fail(pos(t), "missing required key 'on' (the date the rules are applied on)",
             "missing-key");
      rt.on = *on;
      const toml::node* c = t.get("citizen");
      if (!c)
        fail(pos(t), "missing required key 'citizen' (a [test.citizen] table or a file)",
             "missing-key");
      rt.citizen_pos = pos(*c);
      if (c->is_string()) {
        std::string path = as_string(*c, "citizen");
        rt.citizen_path = (fs::path(base_dir_) / path).lexically_normal().string();
        rt.citizen_id = optional_string(t, "citizen_id");
      } else if (const toml::table* ct = c->as_table()) {
        citizen_text(*ct, rt);
      } else {
        fail(pos(*c),
             fmt::format("'citizen' must be a [test.citizen] table or the path of a citizen "
                         "file, found {}",
                         type_word(*c)),
             "wrong-type");
      }
      if (const toml::node* e = t.get("expect")) {
        const toml::table* et = e->as_table();
        if (!et) fail(pos(*e), "'expect' must be a table ([test.expect])", "wrong-type");
        load_expect(*et, rs, rt);
      } else {
        fail(pos(t), "missing required key 'expect' (what the test promises)", "missing-key");
      }
      rs.tests.push_back(std::move(rt));
    });
  }

  // The record's TOML as a [[citizen]] chunk whose line numbers are the rule
  // file's own: the [test.citizen] header line becomes [[citizen]].
  void citizen_text(const toml::table& ct, RuleTest& rt) {
    SourcePos p = pos(ct);
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
    for (size_t line = p.line; line < line_starts_.size(); ++line) {  // lines after the header
      size_t b = line_starts_[line];
      size_t e = line + 1 < line_starts_.size() ? line_starts_[line + 1] : text_.size();
      std::string_view text = text_.substr(b, e - b);
      size_t first = text.find_first_not_of(" \t");
      if (first != std::string_view::npos && text[first] == '[') break;  // the next table
      rt.citizen_toml += text;
      if (!text.ends_with('\n')) rt.citizen_toml += '\n';
    }
  }

  void load_expect(const toml::table& et, const RuleSet& rs, RuleTest& rt) {
    check_keys(
        et,
        {"eligible", "status", "target_groups", "exemptions", "track", "required_weekly_hours",
         "hours_stated", "max_weekly_hours", "missing_fields", "warnings", "exempt_from"},
        "[test.expect]");
    if (const toml::node* n = et.get("eligible")) {
      if (!n->is_boolean()) fail(pos(*n), "'eligible' must be true or false", "wrong-type");
      rt.eligible = n->as_boolean()->get();
    }
    if (const toml::node* n = et.get("status")) {
      std::string s = as_string(*n, "status");
      std::vector<std::string_view> ok = {"eligible", "not_eligible", "exempt", "undetermined"};
      if (std::find(ok.begin(), ok.end(), s) == ok.end()) {
        std::string hint = did_you_mean(s, ok);
        report(pos(*n),
               fmt::format("unknown status '{}'{}; expected eligible, not_eligible, exempt or "
                           "undetermined",
                           s, hint.empty() ? "" : "; " + hint),
               "unknown-reference");
      }
      rt.status = s;
    }
    auto ids = [&](const char* key, auto known, std::string_view what) {
      const toml::node* n = et.get(key);
      if (!n) return std::optional<std::vector<std::string>>();
      std::vector<std::string> v = string_list(*n, key);
      const toml::array& arr = *n->as_array();
      for (size_t i = 0; i < v.size(); ++i) {
        std::vector<std::string_view> names = known();
        if (std::find(names.begin(), names.end(), v[i]) != names.end()) continue;
        std::string hint = did_you_mean(v[i], names);
        report(pos(*arr.get(i)),
               fmt::format("unknown {} '{}'{}", what, v[i], hint.empty() ? "" : "; " + hint),
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
    rt.target_groups = ids("target_groups", group_ids, "target group");
    rt.exemptions = ids("exemptions", exemption_ids, "exemption");
    rt.missing_fields = ids("missing_fields", field_names, "field");
    if (const toml::node* n = et.get("track")) {
      std::string track = as_string(*n, "track");
      if (!track.empty() && !rs.find_track(track)) {
        std::vector<std::string_view> v;
        for (const Track& tr : rs.tracks) v.push_back(tr.h.id);
        std::string hint = did_you_mean(track, v);
        report(pos(*n), fmt::format("unknown track '{}'{}", track, hint.empty() ? "" : "; " + hint),
               "unknown-reference");
      }
      rt.track = track;
    }
    auto warning_ids = [&] {
      std::vector<std::string_view> v;
      for (const DataWarning& w : rs.warnings) v.push_back(w.h.id);
      return v;
    };
    rt.warnings = ids("warnings", warning_ids, "warning");
    rt.exempt_from = ids("exempt_from", group_ids, "target group");
    rt.required_weekly_hours = expect_number(et, "required_weekly_hours");
    rt.max_weekly_hours = expect_number(et, "max_weekly_hours");
    if (const toml::node* n = et.get("hours_stated")) {
      if (!n->is_boolean()) fail(pos(*n), "'hours_stated' must be true or false", "wrong-type");
      rt.hours_stated = n->as_boolean()->get();
    }
  }

  std::optional<double> expect_number(const toml::table& et, std::string_view key) {
    const toml::node* n = et.get(key);
    if (!n) return std::nullopt;
    if (auto i = n->as_integer()) return static_cast<double>(i->get());
    if (auto f = n->as_floating_point(); f && std::isfinite(f->get())) return f->get();
    fail(pos(*n), fmt::format("'{}' must be a finite number", key), "wrong-type");
  }

  template <class T, class Key>
  static void replace_or_add(std::vector<T>& items, T item, Key key) {
    for (T& existing : items) {
      if (key(existing) == key(item)) {
        existing = std::move(item);
        return;
      }
    }
    items.push_back(std::move(item));
  }

  std::string_view text_;
  std::string file_;
  std::string base_dir_;
  std::vector<std::string>& stack_;
  std::vector<Diagnostic>* problems_;
  std::vector<size_t> line_starts_;
};

}  // namespace

const Source* RuleSet::find_source(std::string_view source_id) const {
  for (const Source& s : sources) {
    if (s.id == source_id) return &s;
  }
  return nullptr;
}

const Track* RuleSet::find_track(std::string_view track_id) const {
  for (const Track& t : tracks) {
    if (t.h.id == track_id) return &t;
  }
  return nullptr;
}

const Phase* RuleSet::find_phase(std::string_view phase_id) const {
  for (const Phase& p : phases) {
    if (p.h.id == phase_id) return &p;
  }
  return nullptr;
}

bool Exemption::covers(std::string_view group) const {
  return groups.empty() || std::find(groups.begin(), groups.end(), group) != groups.end();
}

bool BudgetLine::covers(const Offer& o) const {
  return std::find(kinds.begin(), kinds.end(), o.kind) != kinds.end() ||
         std::find(offers.begin(), offers.end(), o.h.id) != offers.end();
}

double BudgetLine::per_year() const {
  if (!h.valid.from || !h.valid.to) return amount;
  // A period of whole months (2021-01-01 to 2021-12-31; 2022-03-09 to
  // 2024-03-08) is counted in months, any other in days.
  Date end = h.valid.to->plus_days(1);
  int months = whole_months_between(*h.valid.from, end);
  if (months > 0 && h.valid.from->plus_months(months) == end) return amount * 12 / months;
  double days = static_cast<double>(end - *h.valid.from);
  return amount * 365.25 / days;
}

int TransportRules::between(std::string_view from, std::string_view to) const {
  if (from.empty() || to.empty() || from == to) return 0;
  for (const Route& r : routes) {
    if ((r.a == from && r.b == to) || (r.a == to && r.b == from)) return r.minutes;
  }
  return minutes;
}

RuleSet load_rules_text(std::string_view text, const std::string& file_name,
                        const std::string& base_dir) {
  std::vector<std::string> stack{file_name};
  return Loader(text, file_name, base_dir, stack).load();
}

RuleSet load_rules_file(const std::string& path) {
  if (path == "-") {  // standard input, named <stdin>; what it extends is found from here
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    if (std::cin.bad()) fail({"<stdin>", 0, 0}, "cannot read rule set: read error", "io");
    return load_rules_text(ss.str(), "<stdin>");
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) fail({path, 0, 0}, "is a directory, not a rule file", "io");
  std::string text = read_file(path);
  std::vector<std::string> stack{fs::weakly_canonical(path, ec).string()};
  return Loader(text, path, fs::path(path).parent_path().string(), stack).load();
}

RuleFileCheck check_rules_file(const std::string& path, const std::string& tests_file) {
  RuleFileCheck out;
  try {
    std::error_code ec;
    if (fs::is_directory(path, ec)) fail({path, 0, 0}, "is a directory, not a rule file", "io");
    std::string text =
        path == kBuiltinFileName ? std::string(kBuiltinNationalRules) : read_file(path);
    std::vector<std::string> stack{
        path == kBuiltinFileName ? path : fs::weakly_canonical(path, ec).string()};
    out.rules =
        Loader(text, path, fs::path(path).parent_path().string(), stack, &out.problems).load();
  } catch (const Error& e) {
    out.problems.push_back(e.diagnostic());
    out.rules.reset();
    return out;
  }
  if (!tests_file.empty()) {
    try {
      std::string text = read_file(tests_file);
      std::vector<std::string> stack{tests_file};
      Loader(text, tests_file, fs::path(tests_file).parent_path().string(), stack, &out.problems)
          .load_tests_file(*out.rules);
    } catch (const Error& e) {
      out.problems.push_back(e.diagnostic());
    }
  }
  return out;
}

RuleSet load_builtin_rules() {
  return load_rules_text(kBuiltinNationalRules, std::string(kBuiltinFileName));
}

std::vector<RuleSet> load_rule_files(const std::vector<std::string>& paths) {
  std::vector<RuleSet> out;
  if (paths.empty()) {
    out.push_back(load_builtin_rules());
    return out;
  }
  for (const std::string& p : paths) out.push_back(load_rules_file(p));
  return out;
}

}  // namespace nytte
