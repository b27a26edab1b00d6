// JSON of SchemaVersion, shared by every HCN object. Private to the library.
#pragma once

#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/hns/schema_version.hpp>

namespace winnet::hns::detail {

void write_schema_version(json::GoWriter& w, const SchemaVersion& v);
SchemaVersion read_schema_version(const json::Value& value, const std::string& path);

} // namespace winnet::hns::detail
