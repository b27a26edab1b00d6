#include "json/go_writer.hpp"

#include <array>

namespace winnet::json {

void GoWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) {
            out_ += ',';
        }
        first_.back() = false;
    }
}

void GoWriter::begin_object() {
    before_value();
    out_ += '{';
    first_.push_back(true);
}

void GoWriter::end_object() {
    out_ += '}';
    first_.pop_back();
}

void GoWriter::begin_array() {
    before_value();
    out_ += '[';
    first_.push_back(true);
}

void GoWriter::end_array() {
    out_ += ']';
    first_.pop_back();
}

void GoWriter::key(std::string_view name) {
    before_value();
    out_ += go_quote(name);
    out_ += ':';
    after_key_ = true;
}

void GoWriter::string(std::string_view value) {
    before_value();
    out_ += go_quote(value);
}

void GoWriter::number(std::uint64_t value) {
    before_value();
    out_ += std::to_string(value);
}

void GoWriter::boolean(bool value) {
    before_value();
    out_ += value ? "true" : "false";
}

void GoWriter::raw(std::string_view encoded) {
    before_value();
    out_ += encoded;
}

namespace {

constexpr std::string_view hex_digits = "0123456789abcdef";

void append_u_escape(std::string& out, unsigned code) {
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) {
        out += hex_digits[(code >> static_cast<unsigned>(shift)) & 0xFU];
    }
}

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not valid.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t n = 0;
    unsigned min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + n > text.size()) {
        return 0;
    }
    unsigned code = b0 & (0xFFU >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0U) != 0x80U) {
            return 0;
        }
        code = (code << 6U) | (b & 0x3FU);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return 0;
    }
    return n;
}

} // namespace

std::string go_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b': // Go 1.22 and later; earlier Go wrote \u0008
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '<':
            case '>':
            case '&':
                append_u_escape(out, c);
                break; // Go's HTML-safe default
            default:
                if (c < 0x20) {
                    append_u_escape(out, c);
                } else {
                    out += static_cast<char>(c);
                }
            }
            ++i;
            continue;
        }
        const std::size_t n = utf8_length(text, i);
        if (n == 0) {
            out += "\\ufffd"; // Go replaces each invalid byte
            ++i;
            continue;
        }
        // U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
        if (n == 3 && c == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) & 0xFEU) == 0xA8) {
            append_u_escape(out, 0x2028U | (static_cast<unsigned char>(text[i + 2]) & 1U));
        } else {
            out.append(text.substr(i, n));
        }
        i += n;
    }
    out += '"';
    return out;
}

std::string go_compact(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\' && i + 1 < text.size()) {
                out += c;
                out += text[++i];
            } else if (c == '"') {
                in_string = false;
                out += c;
            } else if (c == '<' || c == '>' || c == '&') {
                append_u_escape(out, static_cast<unsigned char>(c));
            } else if (c == '\xe2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
                       (text[i + 2] == '\xa8' || text[i + 2] == '\xa9')) {
                append_u_escape(out, text[i + 2] == '\xa8' ? 0x2028U : 0x2029U);
                i += 2;
            } else {
                out += c;
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        }
        in_string = c == '"';
        out += c;
    }
    return out;
}

std::string go_indent(std::string_view compact) {
    std::string out;
    out.reserve(compact.size() * 2);
    int depth = 0;
    bool in_string = false;
    auto newline = [&](int level) {
        out += '\n';
        out.append(static_cast<std::size_t>(level) * 2, ' ');
    };
    for (std::size_t i = 0; i < compact.size(); ++i) {
        const char c = compact[i];
        if (in_string) {
            out += c;
            if (c == '\\' && i + 1 < compact.size()) {
                out += compact[++i];
            } else if (c == '"') {
                in_string = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            in_string = true;
            out += c;
            break;
        case '{':
        case '[':
            out += c;
            if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) {
                out += compact[++i]; // Go keeps empty containers on one line
            } else {
                newline(++depth);
            }
            break;
        case '}':
        case ']':
            newline(--depth);
            out += c;
            break;
        case ',':
            out += c;
            newline(depth);
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace winnet::json
