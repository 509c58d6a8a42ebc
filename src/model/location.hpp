#pragma once

#include <compare>
#include <memory>
#include <string>

namespace pledgetrack::model {

// A file name as given by the user, shared by every location in that file: a copy is a
// pointer, so the many locations read from a large file do not each hold the name.
class FileName {
public:
    FileName() = default;
    FileName(std::string name) : name_(std::make_shared<const std::string>(std::move(name))) {}
    FileName(const char* name) : FileName(std::string(name)) {}

    const std::string& str() const {
        static const std::string none;
        return name_ ? *name_ : none;
    }

    friend bool operator==(const FileName& a, const FileName& b) { return a.name_ == b.name_ || a.str() == b.str(); }
    friend std::strong_ordering operator<=>(const FileName& a, const FileName& b) { return a.str() <=> b.str(); }

private:
    std::shared_ptr<const std::string> name_;
};

// Where something was written: file, 1-based line and column (columns count Unicode code
// points). Line 0 means "the file as a whole".
struct Location {
    FileName file;
    unsigned line = 0;
    unsigned column = 0;

    auto operator<=>(const Location&) const = default;
};

}  // namespace pledgetrack::model
