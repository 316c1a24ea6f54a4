// The frame of a list of records in one output, shared by every command that
// writes one record a person: JSON's brackets and the commas between
// elements, a blank line between text records, nothing around CSV rows.
#pragma once

#include <cstddef>
#include <string>

namespace nytte {

enum class ListFrame {
  json_array,             // "[\n" a ",\n" b "\n]\n"; "[\n]\n" when empty
  json_array_from_first,  // the same, "[\n" written before the first; "[]\n" when empty
  blank_line,             // a "\n" b: text records
  concatenated,           // a b: CSV rows, calendars, plan files
};

// Writes the frame of one list around the records the caller appends:
// begin(), then before(out) ahead of each record, then end(out).
class ListWriter {
 public:
  explicit ListWriter(ListFrame frame) : frame_(frame) {}

  void begin(std::string& out) const {
    if (frame_ == ListFrame::json_array) out += "[\n";
  }
  template <class Out>
  void before(Out& out) {
    bool json = frame_ == ListFrame::json_array || frame_ == ListFrame::json_array_from_first;
    if (n_++ == 0) {
      if (frame_ == ListFrame::json_array_from_first) out += "[\n";
      return;
    }
    if (json) out += ",\n";
    if (frame_ == ListFrame::blank_line) out += "\n";
  }
  template <class Out>
  void end(Out& out) const {
    if (frame_ == ListFrame::json_array) out += n_ == 0 ? "]\n" : "\n]\n";
    if (frame_ == ListFrame::json_array_from_first) out += n_ == 0 ? "[]\n" : "\n]\n";
  }
  size_t count() const { return n_; }

 private:
  ListFrame frame_;
  size_t n_ = 0;
};

}  // namespace nytte
