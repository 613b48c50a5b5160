// Comparing what users type with what tweets hold: screen names and hashtags fold ASCII case;
// URLs are compared by host.
#include "tool.hpp"

namespace tool {

void fold_ascii(std::string_view s, std::string& out) {
    out.assign(s.data(), s.size());
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
}

namespace {

bool starts_with_folded(std::string_view s, std::string_view lower_prefix) {
    if (s.size() < lower_prefix.size()) return false;
    for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_prefix[i]) return false;
    }
    return true;
}

}  // namespace

void url_host(std::string_view url, std::string& out) {
    if (starts_with_folded(url, "https://")) url.remove_prefix(8);
    else if (starts_with_folded(url, "http://")) url.remove_prefix(7);
    std::size_t end = 0;
    while (end < url.size() && url[end] != '/' && url[end] != '?' && url[end] != '#' && url[end] != ':') ++end;
    url = url.substr(0, end);
    if (!url.empty() && url.back() == '.') url.remove_suffix(1);
    if (starts_with_folded(url, "www.") && url.size() > 4) url.remove_prefix(4);
    fold_ascii(url, out);
}

bool host_in_domain(std::string_view host, std::string_view domain) {
    if (host.size() == domain.size()) return host == domain;
    return host.size() > domain.size() && host[host.size() - domain.size() - 1] == '.' &&
           host.substr(host.size() - domain.size()) == domain;
}

}  // namespace tool
