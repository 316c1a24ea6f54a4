#include "load/plans.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "base/duration.h"
#include "base/io_error.h"
#include "nytte/i18n.h"

namespace nytte {

namespace {

class PlanLoader {
 public:
  PlanLoader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  // Each plan parsed on its own, so that a syntax error costs only its plan.
  PlanFile load(uint32_t first_line) {
    PlanFile out;
    uint32_t line = first_line;
    size_t start = 0;
    auto piece = [&](size_t end) {
      std::string_view text = text_.substr(start, end - start);
      read_piece(text, line, out);
      line += static_cast<uint32_t>(std::count(text.begin(), text.end(), '\n'));
      start = end;
    };
    for (size_t p = 0; p < text_.size();) {
      size_t nl = text_.find('\n', p);
      size_t end = nl == std::string_view::npos ? text_.size() : nl + 1;
      std::string_view l = text_.substr(p, end - p);
      if (p > start && is_plan_line(l) && !is_block_line(l)) piece(p);
      p = end;
    }
    if (start < text_.size()) piece(text_.size());
    return out;
  }

 private:
  static bool is_block_line(std::string_view l) {
    size_t p = l.find_first_not_of(" \t[");
    return p != std::string_view::npos && l.substr(p).starts_with("plan.");
  }

  void read_piece(std::string_view text, uint32_t line, PlanFile& out) {
    offset_ = line - 1;
    toml::table doc;
    try {
      doc = toml::parse(text);
    } catch (const toml::parse_error& e) {
      out.errors.push_back(Diagnostic{Severity::error, pos(e.source().begin),
                                      toml_syntax_message(e.description()), "toml-syntax"});
      return;
    }
    for (auto&& [key, value] : doc) {
      try {
        if (key.str() != "plan") {
          std::string hint = did_you_mean(key.str(), {"plan"});
          fail(pos(key.source().begin),
               hint.empty()
                   ? trf("unknown top-level key '{}' in a plan file", excerpt(key.str()))
                   : trf("unknown top-level key '{}' in a plan file; {}", excerpt(key.str()), hint),
               "unknown-key");
        }
        const toml::array* a = value.as_array();
        if (!a || !a->is_array_of_tables()) {
          fail(pos(value.source().begin), tr("'plan' must be an array of tables: write [[plan]]"),
               "wrong-type");
        }
        for (const toml::node& e : *a) {
          try {
            out.plans.push_back(plan(*e.as_table()));
          } catch (const Error& err) {
            out.errors.push_back(err.diagnostic());
          }
        }
      } catch (const Error& err) {
        out.errors.push_back(err.diagnostic());
      }
    }
  }

  SourcePos pos(const toml::source_position& p) const {
    return {file_, static_cast<uint32_t>(p.line) + offset_, static_cast<uint32_t>(p.column)};
  }
  SourcePos pos(const toml::node& n) const { return pos(n.source().begin); }

  void keys(const toml::table& t, const std::vector<std::string_view>& allowed,
            std::string_view where) {
    for (auto&& [key, value] : t) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
      std::string hint = did_you_mean(key.str(), allowed);
      fail(pos(key.source().begin),
           hint.empty() ? trf("unknown key '{}' in {}", key.str(), where)
                        : trf("unknown key '{}' in {}; {}", key.str(), where, hint),
           "unknown-key");
    }
  }

  const toml::node& need(const toml::table& t, std::string_view key, std::string_view where) {
    const toml::node* n = t.get(key);
    if (!n) fail(pos(t), trf("{} without '{}'", where, key), "missing-key");
    return *n;
  }

  std::string text(const toml::node& n, std::string_view key) {
    if (!n.is_string()) fail(pos(n), trf("'{}' must be a string", key), "wrong-type");
    return n.as_string()->get();
  }

  Date date(const toml::node& n, std::string_view key) {
    const auto* d = n.as_date();
    if (!d) {
      fail(pos(n), trf("'{}' must be a TOML date like 2025-09-01", key), "wrong-type");
    }
    toml::date v = d->get();
    return Date::from_ymd(v.year, v.month, v.day);
  }

  TimeOfDay time(const toml::node& n, std::string_view key) {
    const auto* t = n.as_time();
    if (!t) {
      fail(pos(n), trf("'{}' must be a TOML local time like 08:00:00", key), "wrong-type");
    }
    return TimeOfDay{t->get().hour * 60 + t->get().minute};
  }

  double number(const toml::node& n, std::string_view key, double hi) {
    std::optional<double> v = n.value<double>();
    if (!v || !(n.is_floating_point() || n.is_integer())) {
      fail(pos(n), trf("'{}' must be a number", key), "wrong-type");
    }
    if (!(*v >= 0 && *v <= hi)) {  // written so that nan is refused too
      fail(pos(n), trf("'{}' must be between 0 and {}, found {}", key, hi, *v), "invalid-value");
    }
    return *v;
  }

  // A whole number of minutes, 0..hi (the exact form build-package writes).
  int minutes(const toml::node& n, std::string_view key, int hi) {
    if (!n.is_integer()) {
      fail(pos(n), trf("'{}' must be a whole number of minutes", key), "wrong-type");
    }
    int64_t v = n.as_integer()->get();
    if (v < 0 || v > hi) {
      fail(pos(n), trf("'{}' must be between 0 and {}, found {}", key, hi, v), "invalid-value");
    }
    return static_cast<int>(v);
  }

  // Of two keys that say the same thing (minutes, and the hours of an older
  // file), the one present; both is an error.
  const toml::node* one_of(const toml::table& t, std::string_view exact, std::string_view old) {
    const toml::node* e = t.get(exact);
    const toml::node* o = t.get(old);
    if (e && o) {
      fail(pos(*o), trf("'{}' and '{}' in one table: write one of the two", exact, old),
           "invalid-value");
    }
    return e ? e : o;
  }

  Plan plan(const toml::table& t) {
    keys(t,
         {"id", "rules", "track", "start", "end", "required_weekly_minutes",
          "required_weekly_hours", "hours_stated", "ordinary_weekly_minutes", "block"},
         "[[plan]]");
    Plan p;
    p.pos = pos(t);
    p.id = text(need(t, "id", "[[plan]]"), "id");
    if (p.id.empty()) fail(pos(*t.get("id")), tr("'id' must not be empty"), "invalid-value");
    if (const toml::node* r = t.get("rules")) p.rules = text(*r, "rules");
    if (const toml::node* tr = t.get("track")) p.track = text(*tr, "track");
    p.start = date(need(t, "start", "[[plan]]"), "start");
    if (const toml::node* e = t.get("end")) {
      p.end = date(*e, "end");
      if (*p.end < p.start) fail(pos(*e), tr("'end' is before 'start'"), "bad-dates");
    }
    // A requirement, or `hours_stated = false` for a person whose hours the
    // source does not state; one of the two, so a forgotten key is an error.
    const toml::node* stated = t.get("hours_stated");
    if (stated && !stated->is_boolean())
      fail(pos(*stated), tr("'hours_stated' must be true or false"), "wrong-type");
    bool is_stated = !stated || stated->as_boolean()->get();
    // required_weekly_minutes (exact), or an older file's decimal
    // required_weekly_hours, rounded to the nearest minute.
    const toml::node* req = one_of(t, "required_weekly_minutes", "required_weekly_hours");
    if (is_stated) {
      if (!req) {
        fail(pos(t), tr("[[plan]] without 'required_weekly_minutes' (or 'required_weekly_hours')"),
             "missing-key");
      }
      p.required_weekly_minutes =
          req == t.get("required_weekly_minutes")
              ? minutes(*req, "required_weekly_minutes", 168 * 60)
              : hours_to_minutes(number(*req, "required_weekly_hours", 168));
    } else if (req) {
      std::string key = req == t.get("required_weekly_minutes") ? "required_weekly_minutes"
                                                                : "required_weekly_hours";
      fail(pos(*req),
           trf("'{}' with 'hours_stated = false': a plan whose hours are not stated has no "
               "requirement; leave one of the two out",
               key),
           "invalid-value");
    }
    if (const toml::node* o = t.get("ordinary_weekly_minutes"))
      p.ordinary_weekly_minutes = minutes(*o, "ordinary_weekly_minutes", 168 * 60);
    if (const toml::node* b = t.get("block")) {
      const toml::array* a = b->as_array();
      if (!a)
        fail(pos(*b), tr("'block' must be an array of tables: write [[plan.block]]"), "wrong-type");
      for (const toml::node& e : *a) {
        const toml::table* bt = e.as_table();
        if (!bt) fail(pos(e), tr("a block must be a table"), "wrong-type");
        p.blocks.push_back(block(*bt));
      }
    }
    return p;
  }

  PlanBlock block(const toml::table& t) {
    keys(t, {"day", "from", "to", "offer", "kind", "minutes", "hours", "phase"}, "[[plan.block]]");
    PlanBlock b;
    b.pos = pos(t);
    const toml::node& day = need(t, "day", "[[plan.block]]");
    std::string d = text(day, "day");
    std::optional<Weekday> wd = parse_weekday(d);
    if (!wd) {
      std::string hint = did_you_mean(d, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"});
      fail(pos(day),
           hint.empty()
               ? trf("'day' must be mon, tue, wed, thu, fri, sat or sun, found '{}'", d)
               : trf("'day' must be mon, tue, wed, thu, fri, sat or sun, found '{}'; {}", d, hint),
           "invalid-value");
    }
    b.day = *wd;
    b.from = time(need(t, "from", "[[plan.block]]"), "from");
    b.to = time(need(t, "to", "[[plan.block]]"), "to");
    if (b.to <= b.from) {
      fail(pos(*t.get("to")),
           trf("block must end after it starts, found {} to {}", b.from.hh_mm(), b.to.hh_mm()),
           "invalid-value");
    }
    if (const toml::node* o = t.get("offer")) b.offer = text(*o, "offer");
    if (const toml::node* k = t.get("kind")) b.kind = text(*k, "kind");
    if (const toml::node* ph = t.get("phase")) b.phase = text(*ph, "phase");
    // Counted minutes: `minutes` (exact, as build-package writes them), or
    // the decimal `hours` of an older file: hours that equal the block's span
    // to two decimals (0.33 for 08:00-08:20) are that span exactly, other
    // hours are rounded to the nearest minute; neither: the span.
    const int span = b.to.minutes - b.from.minutes;
    b.minutes = span;
    if (const toml::node* m = one_of(t, "minutes", "hours")) {
      if (m == t.get("minutes")) {
        b.minutes = minutes(*m, "minutes", 24 * 60);
      } else {
        double h = number(*m, "hours", 24);
        bool is_span = std::llround(h * 100) == std::llround(span / 60.0 * 100);
        b.minutes = is_span ? span : hours_to_minutes(h);
      }
    }
    return b;
  }

  std::string_view text_;
  const std::string& file_;
  uint32_t offset_ = 0;  // added to toml++'s line numbers: the piece's place in the file
};

}  // namespace

PlanFile read_plans(std::string_view text, const std::string& file, uint32_t first_line) {
  return PlanLoader(text, file).load(first_line);
}

std::vector<Plan> load_plans_text(std::string_view text, const std::string& file) {
  PlanFile f = read_plans(text, file);
  if (!f.errors.empty()) throw Error(f.errors.front());
  return std::move(f.plans);
}

std::vector<Plan> load_plans(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail_io(path, Io::read, errno);
  std::stringstream ss;
  ss << in.rdbuf();
  return load_plans_text(ss.str(), path);
}

bool is_plan_line(std::string_view line) {
  size_t p = line.find_first_not_of(" \t");
  if (p == std::string_view::npos || line[p] != '[') return false;
  p = line.find_first_not_of("[ \t", p);
  if (p == std::string_view::npos || line.substr(p, 4) != "plan") return false;
  p += 4;
  if (p == line.size()) return true;
  char next = line[p];
  bool key_char = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
                  (next >= '0' && next <= '9') || next == '_' || next == '-';
  return !key_char && next != '"' && next != '\'';
}

}  // namespace nytte
