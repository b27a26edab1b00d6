#include "hostprocess/go_text.hpp"

#include "json/go_writer.hpp"

#include <cstdint>

namespace winnet::hostprocess::detail {

namespace {

// One decoded rune and its length in bytes; an invalid sequence is {U+FFFD, 1, false}.
struct Decoded {
    char32_t rune;
    std::size_t length;
    bool valid;
};

Decoded decode(std::string_view s, std::size_t i) {
    const auto byte = [&s](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        return {b0, 1, true};
    }
    std::size_t n = 0;
    char32_t r = 0;
    char32_t min = 0;
    if ((b0 & 0xE0U) == 0xC0U) {
        n = 2;
        r = b0 & 0x1FU;
        min = 0x80;
    } else if ((b0 & 0xF0U) == 0xE0U) {
        n = 3;
        r = b0 & 0x0FU;
        min = 0x800;
    } else if ((b0 & 0xF8U) == 0xF0U) {
        n = 4;
        r = b0 & 0x07U;
        min = 0x10000;
    } else {
        return {0xFFFD, 1, false};
    }
    if (i + n > s.size()) {
        return {0xFFFD, 1, false};
    }
    for (std::size_t k = 1; k < n; ++k) {
        const unsigned char b = byte(i + k);
        if ((b & 0xC0U) != 0x80U) {
            return {0xFFFD, 1, false};
        }
        r = (r << 6U) | (b & 0x3FU);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
        return {0xFFFD, 1, false};
    }
    return {r, n, true};
}

// Go's unicode.IsPrint for the runes that matter: graphic characters and U+0020 are printable;
// other spaces, controls, format characters, surrogates, private use and noncharacters are not.
bool printable(char32_t r) {
    if (r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0xA0) || r == 0xAD) {
        return false;
    }
    if (r == 0x1680 || (r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
        (r >= 0x205F && r <= 0x206F) || r == 0x3000 || r == 0xFEFF) {
        return false;
    }
    if ((r >= 0xE000 && r <= 0xF8FF) || (r >= 0xFFF0 && r <= 0xFFFB) || (r >= 0xF0000)) {
        return false;
    }
    if ((r & 0xFFFEU) == 0xFFFEU || (r >= 0xFDD0 && r <= 0xFDEF)) {
        return false;
    }
    return true;
}

void append_hex(std::string& out, std::uint32_t value, int digits) {
    static constexpr char hex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
        out += hex[(value >> static_cast<unsigned>(shift)) & 0xFU];
    }
}

} // namespace

std::string go_quote(std::string_view text) {
    std::string out = "\"";
    std::size_t i = 0;
    while (i < text.size()) {
        const Decoded d = decode(text, i);
        if (!d.valid) {
            out += "\\x";
            append_hex(out, static_cast<unsigned char>(text[i]), 2);
            i += 1;
            continue;
        }
        const char32_t r = d.rune;
        switch (r) {
        case U'"':
            out += "\\\"";
            break;
        case U'\\':
            out += "\\\\";
            break;
        case U'\a':
            out += "\\a";
            break;
        case U'\b':
            out += "\\b";
            break;
        case U'\f':
            out += "\\f";
            break;
        case U'\n':
            out += "\\n";
            break;
        case U'\r':
            out += "\\r";
            break;
        case U'\t':
            out += "\\t";
            break;
        case U'\v':
            out += "\\v";
            break;
        default:
            if (printable(r)) {
                out.append(text.substr(i, d.length));
            } else if (r < 0x80) {
                out += "\\x";
                append_hex(out, static_cast<std::uint32_t>(r), 2);
            } else if (r < 0x10000) {
                out += "\\u";
                append_hex(out, static_cast<std::uint32_t>(r), 4);
            } else {
                out += "\\U";
                append_hex(out, static_cast<std::uint32_t>(r), 8);
            }
        }
        i += d.length;
    }
    out += '"';
    return out;
}

std::string json_quote(std::string_view text) {
    return json::go_quote(text);
}

std::vector<char32_t> runes(std::string_view text) {
    std::vector<char32_t> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const Decoded d = decode(text, i);
        out.push_back(d.rune);
        i += d.length;
    }
    return out;
}

} // namespace winnet::hostprocess::detail
