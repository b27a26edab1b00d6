// ClusterState: kubectl output (Lists, single objects, watch events) to the Services and
// EndpointSlices kube-proxy's informers would hold.
#include "json/reader.hpp"
#include "k8s/api_validation.hpp"
#include "k8s/readers.hpp"

#include <winnet/k8s/cluster_state.hpp>

#include <utility>

namespace winnet::k8s {

namespace {

using detail::member;
using detail::Problems;
using json::child_path;
using json::index_path;

// One JSON document of a stream, and where it starts in the text.
struct Document {
    std::size_t offset;
    std::string_view text;
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Splits text into the JSON values written one after another (one watch event a line, or
// kubectl's indented events). An object or array ends where its brackets balance, outside
// strings; anything else is left whole for the parser to judge.
std::vector<Document> split_documents(std::string_view text) {
    std::vector<Document> docs;
    std::size_t i = 0;
    while (true) {
        while (i < text.size() && is_space(text[i])) {
            ++i;
        }
        if (i == text.size()) {
            return docs;
        }
        const std::size_t start = i;
        if (text[i] != '{' && text[i] != '[') {
            docs.push_back({start, text.substr(start)});
            return docs;
        }
        int depth = 0;
        bool in_string = false;
        bool escaped = false;
        for (; i < text.size(); ++i) {
            const char c = text[i];
            if (in_string) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    in_string = false;
                }
            } else if (c == '"') {
                in_string = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                ++i;
                break;
            }
        }
        docs.push_back({start, text.substr(start, i - start)});
    }
}

std::size_t line_of(std::string_view text, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        line += text[i] == '\n' ? 1U : 0U;
    }
    return line;
}

// What applying one object does.
struct Change {
    enum class Action { SetService, RemoveService, SetSlice, RemoveSlice } action;
    Service service;
    EndpointSlice slice;
};

class Reader {
public:
    explicit Reader(Problems& problems) : problems_(problems) {}

    std::vector<Change> changes;

    void read_document(const json::Value& doc, const std::string& path) {
        try {
            detail::require_object(doc, path, "Kubernetes object or watch event");
            if (member(doc, "kind") == nullptr && doc.contains("object")) {
                read_event(doc, path);
            } else {
                read_object(doc, path, false, "", "");
            }
        } catch (const JsonError& e) {
            problems_.add(e);
        }
    }

private:
    Problems& problems_;

    // A watch event as `kubectl get --watch --output-watch-events -o json` prints it
    // (metav1.WatchEvent: {"type": ..., "object": ...}).
    void read_event(const json::Value& doc, const std::string& path) {
        const auto type_path = child_path(path, "type");
        const auto* t = member(doc, "type");
        if (t == nullptr) {
            throw JsonError(type_path, detail::required("a watch event has a type"));
        }
        const auto type = json::read_string(*t, type_path);
        if (type == "BOOKMARK" || type == "ERROR") {
            return; // progress markers and failed watches carry no object to apply
        }
        if (type != "ADDED" && type != "MODIFIED" && type != "DELETED") {
            throw JsonError(type_path, detail::not_supported(type, {"ADDED", "BOOKMARK", "DELETED",
                                                                    "ERROR", "MODIFIED"}));
        }
        const auto object_path = child_path(path, "object");
        const auto* object = member(doc, "object");
        if (object == nullptr) {
            throw JsonError(object_path, detail::required("a watch event has an object"));
        }
        read_object(*object, object_path, type == "DELETED", "", "");
    }

    // A Service, an EndpointSlice, a list of objects, or an object of another kind (ignored).
    // `default_kind` and `default_api` stand in for what items of a typed list (ServiceList)
    // leave out.
    void read_object(const json::Value& object, const std::string& path, bool deleted,
                     const std::string& default_kind, const std::string& default_api) {
        detail::require_object(object, path, "Kubernetes object");
        std::string kind = default_kind;
        if (const auto* k = member(object, "kind")) {
            kind = json::read_string(*k, child_path(path, "kind"));
        }
        std::string api = default_api;
        if (const auto* v = member(object, "apiVersion")) {
            api = json::read_string(*v, child_path(path, "apiVersion"));
        }
        if (kind.empty()) {
            throw JsonError(child_path(path, "kind"),
                            detail::required("Object 'Kind' is missing: expected a Service, an "
                                             "EndpointSlice, a List of them or a watch event"));
        }
        if (kind == "List" || (kind.size() > 4 && kind.ends_with("List"))) {
            read_list(object, path, kind, api);
            return;
        }
        if (kind != "Service" && kind != "EndpointSlice") {
            return; // Pods, Endpoints, ...: not what kube-proxy watches
        }
        const auto api_path = child_path(path, "apiVersion");
        if (api.empty()) {
            throw JsonError(api_path, detail::required("Object 'apiVersion' is missing"));
        }
        const auto slash = api.find('/');
        const std::string group = slash == std::string::npos ? "" : api.substr(0, slash);
        if (kind == "Service" && group.empty()) {
            if (api != "v1") {
                throw JsonError(api_path, "expected apiVersion \"v1\" for a Service, found " +
                                              detail::quote(api));
            }
            auto svc = detail::read_service(object, path, problems_);
            changes.push_back({deleted ? Change::Action::RemoveService : Change::Action::SetService,
                               std::move(svc),
                               {}});
        } else if (kind == "EndpointSlice" && group == "discovery.k8s.io") {
            if (api != "discovery.k8s.io/v1") {
                throw JsonError(api_path, "expected apiVersion \"discovery.k8s.io/v1\" for an "
                                          "EndpointSlice, found " +
                                              detail::quote(api));
            }
            auto slice = detail::read_endpoint_slice(object, path, problems_);
            changes.push_back({deleted ? Change::Action::RemoveSlice : Change::Action::SetSlice,
                               {},
                               std::move(slice)});
        }
        // Same kind name in another API group (a Knative Service): not kube-proxy's.
    }

    // `kubectl get a,b -o json` prints a `v1` `List`; the API itself returns typed lists
    // (ServiceList) whose items have no kind or apiVersion.
    void read_list(const json::Value& list, const std::string& path, const std::string& kind,
                   const std::string& api) {
        const auto items_path = child_path(path, "items");
        const auto* items = member(list, "items");
        if (items == nullptr) {
            return;
        }
        const std::string item_kind = kind == "List" ? "" : kind.substr(0, kind.size() - 4);
        const std::string item_api = kind == "List" ? "" : api;
        json::read_array(*items, items_path, [&](const json::Value& item, const std::string& p) {
            try {
                read_object(item, p, false, item_kind, item_api);
            } catch (const JsonError& e) {
                problems_.add(e); // one bad item does not hide the next
            }
        });
    }
};

// Reads every document of `text` into changes, recording problems.
std::vector<Change> read_all(std::string_view text, Problems& problems) {
    const auto docs = split_documents(text);
    Reader reader(problems);
    if (docs.empty()) {
        problems.add("$", "not valid JSON: the input is empty");
        return {};
    }
    for (std::size_t i = 0; i < docs.size(); ++i) {
        const std::string path = docs.size() == 1 ? "$" : index_path("$", i);
        json::Value doc;
        try {
            doc = json::Value::parse(docs[i].text.begin(), docs[i].text.end());
        } catch (const json::Value::parse_error& e) {
            // Counted as json::parse counts them (nlohmann's position), from the start of `text`.
            const auto byte = docs[i].offset + e.byte;
            problems.add(path, "not valid JSON: syntax error at byte " + std::to_string(byte) +
                                   " (line " +
                                   std::to_string(line_of(text, byte > 0 ? byte - 1 : 0)) + ")");
            continue;
        }
        reader.read_document(doc, path);
    }
    return std::move(reader.changes);
}

} // namespace

ClusterState ClusterState::from_json(std::string_view json) {
    ClusterState state;
    state.apply_json(json);
    return state;
}

void ClusterState::apply_json(std::string_view json) {
    Problems problems;
    auto changes = read_all(json, problems);
    problems.throw_first();
    for (auto& c : changes) {
        switch (c.action) {
        case Change::Action::SetService:
            set_service(std::move(c.service));
            break;
        case Change::Action::RemoveService:
            (void)remove_service(c.service.metadata.key());
            break;
        case Change::Action::SetSlice:
            set_endpoint_slice(std::move(c.slice));
            break;
        case Change::Action::RemoveSlice:
            (void)remove_endpoint_slice(c.slice.metadata.key());
            break;
        }
    }
}

std::vector<JsonError> ClusterState::check_json(std::string_view json) {
    Problems problems;
    (void)read_all(json, problems);
    return problems.list();
}

void ClusterState::set_service(Service service) {
    auto key = service.metadata.key();
    services_.insert_or_assign(std::move(key), std::move(service));
}

bool ClusterState::remove_service(const NamespacedName& key) {
    return services_.erase(key) > 0;
}

void ClusterState::set_endpoint_slice(EndpointSlice slice) {
    auto key = slice.metadata.key();
    (void)remove_endpoint_slice(key); // its Service may have changed
    slices_by_service_[slice.service()].insert(key.name);
    slices_.emplace(std::move(key), std::move(slice));
}

bool ClusterState::remove_endpoint_slice(const NamespacedName& key) {
    const auto it = slices_.find(key);
    if (it == slices_.end()) {
        return false;
    }
    const auto owner = slices_by_service_.find(it->second.service());
    if (owner != slices_by_service_.end()) {
        owner->second.erase(key.name);
        if (owner->second.empty()) {
            slices_by_service_.erase(owner);
        }
    }
    slices_.erase(it);
    return true;
}

const Service* ClusterState::find_service(const NamespacedName& key) const {
    const auto it = services_.find(key);
    return it == services_.end() ? nullptr : &it->second;
}

const EndpointSlice* ClusterState::find_endpoint_slice(const NamespacedName& key) const {
    const auto it = slices_.find(key);
    return it == slices_.end() ? nullptr : &it->second;
}

std::vector<const EndpointSlice*>
ClusterState::endpoint_slices_of(const NamespacedName& service) const {
    std::vector<const EndpointSlice*> out;
    const auto it = slices_by_service_.find(service);
    if (it == slices_by_service_.end() || service.name.empty()) {
        return out;
    }
    for (const auto& name : it->second) {
        out.push_back(&slices_.at({service.namespace_, name}));
    }
    return out;
}

} // namespace winnet::k8s
