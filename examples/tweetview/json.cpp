// JSON writing: string literals (always valid UTF-8) and numbers.
#include "tool.hpp"

namespace tool {

void append_json_string(std::string& out, std::string_view s, bool lossless) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char* p = s.data();
    const char* const end = p + s.size();
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            const tweetview::utf8_decoded d = tweetview::decode_utf8(p, end);
            if (d.valid) {
                out.append(p, d.length);
                p += d.length;
            } else if (lossless) {
                // The byte itself, as Python's "surrogateescape" writes it: U+DC80 to U+DCFF.
                out += "\\udc";
                out += hex[c >> 4];
                out += hex[c & 15];
                ++p;
            } else {
                // One U+FFFD per byte that starts no well-formed character: what the library
                // counts as one code point, so that entity indices fit the text written.
                out += "\xEF\xBF\xBD";
                ++p;
            }
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += static_cast<char>(c);
                }
        }
        ++p;
    }
    out += '"';
}

}  // namespace tool

namespace tool {

void append_json_uint(std::string& out, unsigned long long v) {
    char buf[24];
    const int n = std::snprintf(buf, sizeof buf, "%llu", v);
    out.append(buf, static_cast<std::size_t>(n));
}

void append_json_int(std::string& out, long long v) {
    char buf[24];
    const int n = std::snprintf(buf, sizeof buf, "%lld", v);
    out.append(buf, static_cast<std::size_t>(n));
}

}  // namespace tool
