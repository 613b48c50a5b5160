// Reading back what write_json_string writes (the JSON test and the entity fuzzer).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tvtest {

// A JSON string literal read back: its bytes, \udcHH (a lone low surrogate) as the byte HH.
// Returns false when it is not a JSON string JSON parsers take.
inline bool json_decode(std::string_view j, std::string& out) {
    out.clear();
    if (j.size() < 2 || j.front() != '"' || j.back() != '"') return false;
    for (std::size_t i = 1; i + 1 < j.size(); ++i) {
        const auto c = static_cast<unsigned char>(j[i]);
        if (c == '"' || c < 0x20) return false;  // must have been escaped
        if (c != '\\') {
            out += j[i];
            continue;
        }
        if (++i + 1 >= j.size()) return false;
        switch (j[i]) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                if (i + 4 >= j.size() - 1) return false;
                unsigned v = 0;
                for (int k = 1; k <= 4; ++k) {
                    const char h = j[i + static_cast<std::size_t>(k)];
                    v = v * 16 + static_cast<unsigned>(h >= 'a' ? h - 'a' + 10 : h >= 'A' ? h - 'A' + 10 : h - '0');
                }
                i += 4;
                if (v >= 0xDC80 && v <= 0xDCFF) out += static_cast<char>(v - 0xDC00);
                else if (v < 0x80) out += static_cast<char>(v);
                else return false;  // the writer escapes nothing else
                break;
            }
            default: return false;
        }
    }
    return true;
}

}  // namespace tvtest
