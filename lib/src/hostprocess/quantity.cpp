#include "hostprocess/quantity.hpp"

#include <limits>
#include <string>

namespace winnet::hostprocess::detail {

namespace {

constexpr std::uint64_t max_value =
    static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());

bool checked_multiply(std::uint64_t& value, std::uint64_t by) {
    if (value != 0 && by > max_value / value) {
        return false;
    }
    value *= by;
    return value <= max_value;
}

// The suffix's power of 10 and power of 2 (resource.Quantity suffixes).
bool suffix_exponents(std::string_view suffix, int& e10, int& e2) {
    e10 = 0;
    e2 = 0;
    if (suffix.empty()) {
        return true;
    }
    static constexpr std::pair<std::string_view, int> binary[] = {
        {"Ki", 10}, {"Mi", 20}, {"Gi", 30}, {"Ti", 40}, {"Pi", 50}, {"Ei", 60}};
    for (const auto& [name, power] : binary) {
        if (suffix == name) {
            e2 = power;
            return true;
        }
    }
    static constexpr std::pair<std::string_view, int> decimal[] = {{"n", -9}, {"u", -6}, {"m", -3},
                                                                   {"k", 3},  {"M", 6},  {"G", 9},
                                                                   {"T", 12}, {"P", 15}, {"E", 18}};
    for (const auto& [name, power] : decimal) {
        if (suffix == name) {
            e10 = power;
            return true;
        }
    }
    if (suffix.size() >= 2 && (suffix[0] == 'e' || suffix[0] == 'E')) {
        std::size_t i = 1;
        bool negative = false;
        if (suffix[i] == '+' || suffix[i] == '-') {
            negative = suffix[i] == '-';
            ++i;
        }
        if (i == suffix.size() || suffix.size() - i > 4) {
            return false;
        }
        int exponent = 0;
        for (; i < suffix.size(); ++i) {
            if (suffix[i] < '0' || suffix[i] > '9') {
                return false;
            }
            exponent = exponent * 10 + (suffix[i] - '0');
        }
        e10 = negative ? -exponent : exponent;
        return true;
    }
    return false;
}

} // namespace

std::optional<std::int64_t> parse_quantity(std::string_view text, int scale) {
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    std::uint64_t mantissa = 0;
    int fraction_digits = 0;
    int digits = 0;
    bool point = false;
    bool overflow = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            if (point) {
                return std::nullopt;
            }
            point = true;
            continue;
        }
        if (c < '0' || c > '9') {
            break;
        }
        ++digits;
        if (mantissa >= max_value / 100) {
            // Beyond 17 significant digits: drop further fraction digits, count integer ones.
            if (!point) {
                overflow = true;
            }
            continue;
        }
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
        if (point) {
            ++fraction_digits;
        }
    }
    if (digits == 0) {
        return std::nullopt;
    }
    int e10 = 0;
    int e2 = 0;
    if (!suffix_exponents(text.substr(i), e10, e2)) {
        return std::nullopt;
    }
    const std::int64_t sign = negative ? -1 : 1;
    if (overflow) {
        return sign * std::numeric_limits<std::int64_t>::max();
    }
    std::uint64_t value = mantissa;
    for (int k = 0; k < e2; ++k) {
        if (!checked_multiply(value, 2)) {
            return sign * std::numeric_limits<std::int64_t>::max();
        }
    }
    int exponent = e10 + scale - fraction_digits;
    for (; exponent > 0; --exponent) {
        if (!checked_multiply(value, 10)) {
            return sign * std::numeric_limits<std::int64_t>::max();
        }
    }
    if (exponent < 0) {
        if (exponent < -19) {
            return value == 0 ? 0 : sign;
        }
        std::uint64_t divisor = 1;
        for (; exponent < 0; ++exponent) {
            divisor *= 10;
        }
        value = value / divisor + (value % divisor != 0 ? 1 : 0);
    }
    return sign * static_cast<std::int64_t>(value);
}

} // namespace winnet::hostprocess::detail
