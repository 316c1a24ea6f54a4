// The reading stage: inputs one after another, read in blocks and cut into
// chunks of whole records; only the unfinished tail of a block is kept.
#include "load/citizen_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unordered_set>

#include <fmt/format.h>

#include "base/bytes.h"
#include "base/io_error.h"
#include "load/citizen_fields.h"
#include "load/csv.h"
#include "load/duplicate_id.h"
#include "nytte/i18n.h"

namespace nytte {

using citizen_fields::is_citizen_header;
namespace fs = std::filesystem;

namespace {

constexpr size_t npos = std::string::npos;

bool ends_with_csv(std::string_view path) {
  if (path.size() < 4) return false;
  std::string ext(path.substr(path.size() - 4));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return ext == ".csv";
}

Diagnostic input_error(std::string file, std::string message, std::string code) {
  return Diagnostic{Severity::error, SourcePos{std::move(file), 0, 0}, std::move(message),
                    std::move(code)};
}

// Standard input's format, from its first line that is not blank: TOML
// starts with a comment, a [table] or a key = value; anything else is CSV.
InputFormat sniff(std::string_view text) {
  size_t p = 0;
  while (p < text.size()) {
    size_t nl = text.find('\n', p);
    std::string_view line = text.substr(p, nl == npos ? npos : nl - p);
    p = nl == npos ? text.size() : nl + 1;
    size_t first = line.find_first_not_of(" \t\r");
    if (first == npos) continue;
    char ch = line[first];
    if (ch == '#' || ch == '[' || line.find('=') != npos) return InputFormat::toml;
    return InputFormat::csv;
  }
  return InputFormat::toml;
}

// Bytes read from an input: a std::string would zero each block before the
// read overwrites it.
class ReadBuffer {
 public:
  std::string_view view() const { return {data_.get(), size_}; }
  operator std::string_view() const { return view(); }
  const char* data() const { return data_.get(); }
  size_t size() const { return size_; }
  size_t find(char c, size_t from = 0) const { return view().find(c, from); }
  bool starts_with(std::string_view s) const { return view().starts_with(s); }
  // Drops the first n bytes.
  void drop_front(size_t n) {
    std::memmove(data_.get(), data_.get() + n, size_ - n);
    size_ -= n;
  }
  // Room for n more bytes after the end, to be filled and then added by grow_by().
  char* room(size_t n) {
    if (cap_ - size_ < n) {
      size_t cap = std::max(size_ + n, cap_ * 2);
      auto bigger = std::make_unique_for_overwrite<char[]>(cap);
      if (size_) std::memcpy(bigger.get(), data_.get(), size_);
      data_ = std::move(bigger);
      cap_ = cap;
    }
    return data_.get() + size_;
  }
  void grow_by(size_t n) { size_ += n; }

 private:
  std::unique_ptr<char[]> data_;
  size_t size_ = 0, cap_ = 0;
};

// One input being read: its stream and the bytes read but not yet cut.
struct Input {
  std::shared_ptr<const std::string> name;
  std::unique_ptr<std::ifstream> file;  // owned stream, when reading a path
  std::istream* in = nullptr;
  std::optional<InputFormat> format;  // nullopt: sniff (stdin)
  std::shared_ptr<const CsvHeader> csv;
  ReadBuffer buf;
  size_t begin = 0;   // start of the bytes not yet given out
  size_t scan = 0;    // where the search for the next cut goes on
  uint32_t line = 1;  // line of buf[begin]
  bool eof = false;
  bool started = false;      // BOM, header and format handled
  bool seen_header = false;  // TOML: a [[citizen]] line was found
  size_t row = 0;            // CSV: the start of the row holding scan (no quote in [row, scan))
  bool content = false;      // a chunk with more than blank lines and comments was given out
};

// True when `text` has a line that is neither blank nor (TOML) a comment.
bool has_content(std::string_view text, InputFormat format) {
  size_t p = 0;
  while (p < text.size()) {
    size_t end = std::min(text.find('\n', p), text.size());
    std::string_view line = text.substr(p, end - p);
    size_t first = line.find_first_not_of(" \t\r");
    if (first != npos && !(format == InputFormat::toml && line[first] == '#')) return true;
    p = end + 1;
  }
  return false;
}

// A path still to read; `listed`: found in a directory, read by its extension.
struct Pending {
  std::string path;
  bool listed = false;
};

}  // namespace

struct ChunkReader::State {
  const Schema& schema;
  ReaderOptions opt;
  std::deque<Pending> todo;
  std::istream* stream = nullptr;  // the one-stream constructor
  std::string stream_name;
  std::optional<Input> cur;
  uint64_t seq = 0;

  State(const Schema& s, ReaderOptions o) : schema(s), opt(o) {}

  size_t block() const { return std::clamp<size_t>(opt.chunk_bytes, 64 << 10, 4 << 20); }

  bool open_next(std::vector<Diagnostic>& errors);
  bool open_path(const std::string& path, std::optional<InputFormat> format,
                 std::vector<Diagnostic>& errors);
  // Reads one more block; false (with an error) when the stream fails.
  bool fill(std::vector<Diagnostic>& errors);
  bool start(std::vector<Diagnostic>& errors);
  bool other_kind(std::vector<Diagnostic>& errors);
  size_t find_cut();
  size_t find_toml_cut(size_t want);
  size_t find_csv_cut(size_t want);
  bool next(Chunk& out, std::vector<Diagnostic>& errors);
};

bool ChunkReader::State::open_next(std::vector<Diagnostic>& errors) {
  if (stream) {
    cur.emplace();
    cur->name = std::make_shared<const std::string>(stream_name);
    cur->in = stream;
    cur->format = opt.format;
    stream = nullptr;
    return true;
  }
  while (!todo.empty()) {
    auto [path, listed] = std::move(todo.front());
    todo.pop_front();
    if (path == "-") {
      cur.emplace();
      cur->name = std::make_shared<const std::string>("<stdin>");
      cur->in = &std::cin;
      cur->format = opt.format;
      return true;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      // Every *.toml and *.csv in it, by name; each read by its extension.
      std::vector<std::string> files;
      for (const fs::directory_entry& e : fs::directory_iterator(path, ec)) {
        std::string ext = e.path().extension().string();
        if ((ext == ".toml" || ext == ".csv") && !e.is_directory(ec)) {
          files.push_back(e.path().string());
        }
      }
      if (ec) {
        errors.push_back(input_error(path, io_message(Io::read, ec.value()), "unreadable-input"));
        continue;
      }
      if (files.empty()) {
        errors.push_back(
            input_error(path, tr("directory holds no *.toml or *.csv files"), "empty-directory"));
        continue;
      }
      std::sort(files.begin(), files.end());
      for (auto it = files.rbegin(); it != files.rend(); ++it) todo.push_front({*it, true});
      continue;
    }
    std::optional<InputFormat> format = listed ? std::nullopt : opt.format;
    if (!format) format = ends_with_csv(path) ? InputFormat::csv : InputFormat::toml;
    if (open_path(path, format, errors)) return true;
  }
  return false;
}

bool ChunkReader::State::open_path(const std::string& path, std::optional<InputFormat> format,
                                   std::vector<Diagnostic>& errors) {
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) {
    int err = errno;
    std::error_code ec;
    if (!fs::exists(path, ec)) err = ENOENT;
    errors.push_back(input_error(path, io_message(Io::read, err), "unreadable-input"));
    return false;
  }
  cur.emplace();
  cur->name = std::make_shared<const std::string>(path);
  cur->in = file.get();
  cur->file = std::move(file);
  cur->format = format;
  return true;
}

bool ChunkReader::State::fill(std::vector<Diagnostic>& errors) {
  Input& in = *cur;
  if (in.begin > 0) {  // keep only the tail not yet given out
    in.buf.drop_front(in.begin);
    in.scan -= in.begin;
    in.row -= in.begin;
    in.begin = 0;
  }
  in.in->read(in.buf.room(block()), static_cast<std::streamsize>(block()));
  in.buf.grow_by(static_cast<size_t>(in.in->gcount()));
  if (!*in.in) {
    if (in.in->bad()) {
      errors.push_back(input_error(*in.name, tr("read error"), "unreadable-input"));
      return false;
    }
    in.eof = true;
  }
  return true;
}

// At the start of an input: skips a BOM, settles the format and reads the
// CSV header. False when the input is to be skipped.
bool ChunkReader::State::start(std::vector<Diagnostic>& errors) {
  Input& in = *cur;
  in.started = true;
  if (!fill(errors)) return false;
  if (in.buf.starts_with("\xEF\xBB\xBF")) in.begin = 3;
  std::string_view text = in.buf.view().substr(in.begin);
  if (!in.format) in.format = sniff(text);
  in.scan = in.begin;
  if (*in.format == InputFormat::toml) return !other_kind(errors);

  // The header row ends at the first line end outside quotes; it decides the
  // separator: ';' when its first line has ';' and no ','.
  // Blank lines before the header are skipped.
  size_t nl;
  std::string_view first;
  for (;;) {
    while ((nl = in.buf.find('\n', in.begin)) == npos && !in.eof) {
      if (!fill(errors)) return false;
    }
    first = in.buf.view().substr(in.begin, nl == npos ? npos : nl - in.begin);
    if (nl == npos || first.find_first_not_of(" \t\r") != npos) break;
    in.begin = nl + 1;
    ++in.line;
  }
  if (first.find_first_not_of(" \t\r") == npos && nl == npos) {
    errors.push_back(input_error(
        *in.name, tr("empty CSV input: expected a header row of field names"), "csv-header"));
    return false;
  }
  char sep = csv::separator_of(first);
  auto header = std::make_shared<CsvHeader>();
  header->separator = sep;
  in.csv = header;  // for find_csv_cut
  in.scan = in.row = in.begin;
  size_t cut;
  while ((cut = find_csv_cut(in.begin + 1)) == npos && !in.eof) {
    if (!fill(errors)) return false;
  }
  if (cut == npos) cut = in.buf.size();
  std::string_view row = in.buf.view().substr(in.begin, cut - in.begin);
  while (!row.empty() && (row.back() == '\n' || row.back() == '\r')) row.remove_suffix(1);
  std::optional<CsvHeader> h =
      citizen_fields::parse_csv_header(row, in.line, sep, schema, *in.name, errors);
  if (!h) return false;
  in.csv = std::make_shared<const CsvHeader>(std::move(*h));
  in.line +=
      static_cast<uint32_t>(bytes::count(in.buf.data() + in.begin, in.buf.data() + cut, '\n'));
  in.begin = cut;
  in.scan = in.row = cut;
  return true;
}

// Whether the input is of the other kind the options name: then it is read
// whole and given to opt.other (and true is returned, to skip it here).
bool ChunkReader::State::other_kind(std::vector<Diagnostic>& errors) {
  Input& in = *cur;
  if (!opt.is_other || !opt.other) return false;
  size_t p = in.begin;
  for (;;) {
    size_t nl = in.buf.find('\n', p);
    if (nl == npos && !in.eof) {
      size_t off = p - in.begin;  // fill() moves the bytes not given out to the front
      if (!fill(errors)) return true;
      p = in.begin + off;
      continue;
    }
    std::string_view line = in.buf.view().substr(p, nl == npos ? npos : nl - p);
    size_t first = line.find_first_not_of(" \t\r");
    if (first != npos && line[first] != '#') {
      if (!opt.is_other(line)) return false;
      break;
    }
    if (nl == npos) return false;
    p = nl + 1;
  }
  while (!in.eof) {
    if (!fill(errors)) return true;
  }
  opt.other(*in.name, in.buf.view().substr(in.begin), in.line);
  return true;
}

// The first start of a [[citizen]] line at or after `want` that is not the
// first record's (whatever precedes the first record goes with it).
size_t ChunkReader::State::find_toml_cut(size_t want) {
  Input& in = *cur;
  std::string_view b = in.buf;
  for (;;) {
    if (in.seen_header && in.scan < want) {
      // Jump to the first line start at or after `want`.
      size_t nl = b.find('\n', want - 1);
      if (nl == npos) return npos;
      in.scan = nl + 1;
    }
    if (in.scan >= b.size()) return npos;
    size_t nl = b.find('\n', in.scan);
    if (nl == npos && !in.eof) return npos;  // a line not yet read whole
    size_t end = nl == npos ? b.size() : nl + 1;
    if (is_citizen_header(std::string_view(b).substr(in.scan, end - in.scan))) {
      if (in.seen_header && in.scan > in.begin) return in.scan;
      in.seen_header = true;
    }
    in.scan = end;
  }
}

// The first row start at or after `want`. Rows without a quote are lines; a
// row with one ends where csv::row_end() says, the rule the row splitter
// follows, so that a stray quote costs only its own line and the bytes read
// ahead for it are bounded.
size_t ChunkReader::State::find_csv_cut(size_t want) {
  Input& in = *cur;
  std::string_view b = in.buf;
  const char sep = in.csv->separator;
  const size_t columns = in.csv->columns.size();
  for (;;) {
    size_t q = b.find('"', in.scan);
    size_t stop = q == npos ? b.size() : q;
    size_t from = std::max(in.scan, want - 1);
    if (from < stop) {
      size_t nl = b.find('\n', from);
      if (nl != npos && nl < stop) {
        in.scan = in.row = nl + 1;
        return nl + 1;
      }
    }
    // The row holding the quote (or the end) starts after the last line end before it.
    if (stop > in.row) {
      size_t nl = b.substr(in.row, stop - in.row).rfind('\n');
      if (nl != npos) in.row += nl + 1;
    }
    if (q == npos) {
      in.scan = b.size();
      return npos;
    }
    csv::RowEnd e = csv::row_end(b, in.row, sep, columns, in.eof);
    if (e.end == npos) {
      in.scan = q;
      return npos;
    }
    in.scan = in.row = e.end;
    if (e.end >= want) return e.end;
  }
}

size_t ChunkReader::State::find_cut() {
  Input& in = *cur;
  size_t want = in.begin + std::max<size_t>(opt.chunk_bytes, 1);
  return *in.format == InputFormat::toml ? find_toml_cut(want) : find_csv_cut(want);
}

bool ChunkReader::State::next(Chunk& out, std::vector<Diagnostic>& errors) {
  for (;;) {
    if (!cur) {
      if (!open_next(errors)) return false;
    }
    Input& in = *cur;
    if (!in.started && !start(errors)) {
      cur.reset();
      continue;
    }
    size_t cut = find_cut();
    if (cut == npos && !in.eof) {
      if (!fill(errors)) cur.reset();
      continue;
    }
    if (cut == npos) cut = in.buf.size();
    if (cut <= in.begin) {  // the end of this input
      if (!in.content) {
        // Said out loud, as an empty CSV file is: an input with no records is
        // more likely a failed export than a population of nobody.
        errors.push_back(input_error(
            *in.name,
            *in.format == InputFormat::csv ? tr("no citizen records: a header row and no rows")
            : opt.is_other
                // Plans are read too (weekly-hours): a plan file of nobody,
                // as build-package writes when no package is made.
                ? tr("no records: the input is empty (no [[citizen]] or [[plan]] table)")
                : tr("no citizen records: the input is empty (no [[citizen]] table)"),
            "no-records"));
      }
      cur.reset();
      continue;
    }
    out.file = in.name;
    out.format = *in.format;
    out.text.assign(in.buf.data() + in.begin, cut - in.begin);
    if (!in.content) in.content = has_content(out.text, *in.format);
    out.first_line = in.line;
    out.csv = in.csv;
    out.seq = seq++;
    in.line += static_cast<uint32_t>(
        bytes::count(out.text.data(), out.text.data() + out.text.size(), '\n'));
    in.begin = cut;
    if (in.scan < cut) in.scan = cut;
    if (in.row < cut) in.row = cut;
    return true;
  }
}

ChunkReader::ChunkReader(std::vector<std::string> paths, const Schema& schema, ReaderOptions opt)
    : state_(std::make_unique<State>(schema, opt)) {
  for (std::string& p : paths) state_->todo.push_back({std::move(p), false});
}

ChunkReader::ChunkReader(std::istream& in, std::string name, const Schema& schema,
                         ReaderOptions opt)
    : state_(std::make_unique<State>(schema, opt)) {
  state_->stream = &in;
  state_->stream_name = std::move(name);
}

ChunkReader::~ChunkReader() = default;
ChunkReader::ChunkReader(ChunkReader&&) noexcept = default;
ChunkReader& ChunkReader::operator=(ChunkReader&&) noexcept = default;

bool ChunkReader::next(Chunk& out, std::vector<Diagnostic>& errors) {
  return state_->next(out, errors);
}

void parse_chunk(const Chunk& chunk, const Schema& schema, Citizen& scratch, RecordSink& sink) {
  if (chunk.format == InputFormat::csv) {
    citizen_fields::parse_csv_chunk(chunk, schema, scratch, sink);
  } else {
    citizen_fields::parse_toml_chunk(chunk, schema, scratch, sink);
  }
}

namespace {

class Collect : public RecordSink {
 public:
  explicit Collect(LoadResult& r) : r_(r) {}
  void record(const Citizen& c) override {
    if (!ids_.insert(c.id).second) {
      r_.errors.push_back(duplicate_id_error(c.pos, c.id));
      return;
    }
    r_.citizens.push_back(c);
  }
  void bad_record(const std::vector<Diagnostic>& problems) override {
    r_.errors.insert(r_.errors.end(), problems.begin(), problems.end());
  }

 private:
  LoadResult& r_;
  std::unordered_set<std::string> ids_;
};

}  // namespace

LoadResult load_citizens(const std::vector<std::string>& paths, const Schema& schema,
                         ReaderOptions opt) {
  LoadResult result;
  Collect sink(result);
  ChunkReader reader(paths, schema, opt);
  Citizen scratch;
  Chunk chunk;
  while (reader.next(chunk, result.errors)) parse_chunk(chunk, schema, scratch, sink);
  return result;
}

}  // namespace nytte
