// HnsState <-> JSON. Each object is read by its own from_json; errors are
// re-rooted so their paths point into the whole state document
// ($.endpoints[2].MacAddress).
#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/hns/simulated_hns.hpp>

namespace winnet::hns {

namespace {

template <class T>
void read_objects(const json::Object& obj, std::string_view key, std::vector<T>& out) {
    const auto* list = obj.find(key);
    if (list == nullptr) {
        return;
    }
    json::read_array(*list, obj.path(key), [&](const json::Value& item, const std::string& path) {
        try {
            out.push_back(T::from_json(item.dump()));
        } catch (const JsonError& e) {
            throw JsonError(path + e.path().substr(1),
                            e.problem()); // "$" -> the item's path
        }
    });
}

template <class T>
void write_objects(json::GoWriter& w, std::string_view key, const std::vector<T>& items) {
    w.key(key);
    w.begin_array();
    for (const auto& item : items) {
        w.raw(item.to_json());
    }
    w.end_array();
}

} // namespace

std::string HnsState::to_json(JsonStyle style) const {
    json::GoWriter w;
    w.begin_object();
    w.key("version");
    w.begin_object();
    w.key("Major");
    w.number(version.major);
    w.key("Minor");
    w.number(version.minor);
    w.end_object();
    write_objects(w, "networks", networks);
    write_objects(w, "endpoints", endpoints);
    write_objects(w, "loadBalancers", load_balancers);
    w.end_object();
    auto compact = w.take();
    return style == JsonStyle::Compact ? compact : json::go_indent(compact);
}

HnsState HnsState::from_json(std::string_view text) {
    const auto doc = json::parse(text);
    const json::Object obj(doc, "$", "HNS state",
                           {"version", "networks", "endpoints", "loadBalancers"});
    HnsState state;
    if (const auto* v = obj.find("version")) {
        const json::Object ver(*v, obj.path("version"), "HNS version", {"Major", "Minor"});
        state.version = {0, 0};
        if (const auto* m = ver.find("Major")) {
            state.version.major = static_cast<std::uint32_t>(
                json::read_unsigned(*m, ver.path("Major"), 0x7FFFFFFF, "int32"));
        }
        if (const auto* m = ver.find("Minor")) {
            state.version.minor = static_cast<std::uint32_t>(
                json::read_unsigned(*m, ver.path("Minor"), 0x7FFFFFFF, "int32"));
        }
    }
    read_objects(obj, "networks", state.networks);
    read_objects(obj, "endpoints", state.endpoints);
    read_objects(obj, "loadBalancers", state.load_balancers);
    return state;
}

} // namespace winnet::hns
