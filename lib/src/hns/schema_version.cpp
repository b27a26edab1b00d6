#include "hns/schema_version_json.hpp"

namespace winnet::hns::detail {

// hcsshim's Version{Major int `json:"Major"`; Minor int `json:"Minor"`}: no omitempty, so both
// are always written ({"Major":2,"Minor":0}).
void write_schema_version(json::GoWriter& w, const SchemaVersion& v) {
    w.begin_object();
    w.key("Major");
    w.number(v.major);
    w.key("Minor");
    w.number(v.minor);
    w.end_object();
}

SchemaVersion read_schema_version(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "SchemaVersion", {"Major", "Minor"});
    SchemaVersion v{0, 0};
    if (const auto* m = obj.find("Major")) {
        v.major = static_cast<std::uint32_t>(
            json::read_unsigned(*m, obj.path("Major"), 0x7FFFFFFFU, "int32"));
    }
    if (const auto* m = obj.find("Minor")) {
        v.minor = static_cast<std::uint32_t>(
            json::read_unsigned(*m, obj.path("Minor"), 0x7FFFFFFFU, "int32"));
    }
    return v;
}

} // namespace winnet::hns::detail
