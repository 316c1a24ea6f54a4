#include "nytte/interview_run.h"

#include <unistd.h>

#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "decide/eligibility.h"
#include "format/citizen_toml.h"
#include "format/decision_format.h"
#include "format/eligibility_format.h"
#include "format/list.h"
#include "format/output.h"
#include "interview/interview.h"
#include "load/citizen_reader.h"
#include "load/rules.h"
#include "nytte/error.h"
#include "nytte/i18n.h"
#include "run/options.h"
#include "run/output_file.h"

namespace nytte {
namespace {

// The id of a record answered from nothing, without --id.
constexpr std::string_view kDefaultId = "interview";

// The fields given already: an input file of one citizen, or none.
Citizen start_of(const EligibilityRunOptions& o, const RuleSet& rules) {
  Citizen c;
  if (!o.inputs.empty()) {
    LoadResult r = load_citizens(o.inputs, rules.schema);
    if (!r.errors.empty()) throw Error(r.errors.front());
    if (r.citizens.size() > 1) {
      throw UsageError(trf("--ask asks about one citizen, but {} holds {}", o.inputs.front(),
                           r.citizens.size()));
    }
    if (!r.citizens.empty()) c = std::move(r.citizens.front());
  }
  if (!o.id.empty()) c.id = o.id;
  if (c.id.empty()) c.id = kDefaultId;
  return c;
}

// One line of `in` without its newline; false at the end.
bool read_line(std::FILE* in, std::string& line) {
  line.clear();
  int ch;
  while ((ch = std::fgetc(in)) != EOF && ch != '\n') line += static_cast<char>(ch);
  return ch != EOF || !line.empty();
}

Error answer_error(uint32_t line, std::string message) {
  return Error(Diagnostic{Severity::error, SourcePos{tr("standard input"), line, 0},
                          std::move(message), "bad-answer"});
}

// Asks until the decision is settled.
void ask(interview::Interview& iv, std::FILE* in, std::FILE* err) {
  const bool terminal = isatty(fileno(in)) != 0;
  fmt::print(err, "{}\n", tr("Answer \"don't know\" (or ?) to leave a field unknown."));
  std::string line;
  uint32_t number = 0;
  while (!iv.done()) {
    fmt::print(err, "{}", iv.prompt());
    if (terminal) fmt::print(err, "> ");
    std::fflush(err);
    if (!read_line(in, line)) {
      if (terminal) {
        fmt::print(err, "\n");
        throw UsageError(
            tr("the interview ended before the decision (end of input): nothing "
               "decided, nothing written"));
      }
      throw answer_error(
          0, trf("ended before the interview did: no answer for '{}'", iv.field_name()));
    }
    ++number;
    std::string why;
    std::string field(iv.field_name());
    if (iv.answer(line, why)) continue;
    if (!terminal) throw answer_error(number, fmt::format("{}: {}", field, why));
    fmt::print(err, "  {}\n", trf("Not accepted: {}. Try again.", why));
  }
}

// The answers as a citizen file, written whole or not at all.
void save(const interview::Interview& iv, const RuleSet& rules, Date on, OutputSink& out) {
  std::vector<std::string> comments;
  comments.push_back(
      fmt::format("nytte check-eligibility --ask --rules {} --on {}", rules.id, on.iso()));
  if (!iv.unknown().empty()) {
    std::string names;
    for (const std::string& n : iv.unknown()) names += (names.empty() ? "" : ", ") + n;
    comments.push_back(fmt::format("not known (answered \"don't know\"): {}", names));
  }
  out.write(citizen_toml(iv.citizen(), rules.schema, comments));
  out.commit();
}

}  // namespace

int run_interview(const EligibilityRunOptions& o, std::FILE* in, std::FILE* err) {
  if (o.inputs.size() > 1) throw UsageError(tr("--ask takes at most one citizen file"));
  if (o.inputs.size() == 1 && o.inputs.front() == "-") {
    throw UsageError(
        tr("--ask reads its answers from standard input: give the citizen file by "
           "name"));
  }
  if (o.common.output == "-") {
    // Standard output is the decision's: the file and it would be one stream.
    throw UsageError(
        tr("--ask: -o names the file the answers are saved to; the decision goes to "
           "standard output"));
  }
  check_outputs({{"-o", o.common.output}}, all_paths({o.inputs, o.common.rules}));
  Date on = resolve_on(o.common.on);
  std::vector<RuleSet> rules = load_rule_files(o.common.rules);
  if (rules.size() != 1)
    throw UsageError(tr("--ask decides under one rule set: give --rules once"));
  const RuleSet& rs = rules.front();
  DecisionListFormat format = decision_list_format_of(o.common.format);
  Style style = Style::for_stream(stdout, o.common.color);  // checks --color too
  const csv::Format csv = csv_format_of(o.common);
  warn_unused_csv_options(o.common, format == DecisionListFormat::csv, err);

  interview::Interview iv(rs, on, start_of(o, rs));
  // Opened before the first question, so that a file that cannot be written
  // is said before the answers are given; renamed into place only at the end.
  std::optional<OutputSink> saved;
  if (!o.common.output.empty()) saved.emplace(o.common.output);
  ask(iv, in, err);
  if (saved) save(iv, rs, on, *saved);

  // The decision as check-eligibility prints it for the citizen answered.
  Decider decider;
  Decision d;
  decider.decide(rs, iv.citizen(), on, d);
  if (!o.common.quiet) {
    DecisionFormat df;
    df.explain = o.explain;
    df.show_cpr = o.show_cpr;
    df.style = format == DecisionListFormat::text ? style : Style{};
    DecisionWriter writer(format, df, csv, false, &decider.eval_cache());
    OutputSink out("");
    if (format == DecisionListFormat::csv) out.write(decision_csv_header(false, csv));
    ListWriter list(decision_list_frame(format));
    std::string frame;
    list.before(frame);
    out.write(frame);
    ByteBuffer bytes;
    writer.add(d, 0, bytes);
    out.write(bytes.view());
    frame.clear();
    list.end(frame);
    out.write(frame);
    out.commit();
    return 0;
  }
  return d.eligible ? 0 : 1;
}

}  // namespace nytte
