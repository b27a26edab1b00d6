// The runtime view of HostProcess containers, from the code that builds them:
//   kubelet: kuberuntime_container_windows.go (CPU maximum, memory limit, runAsUserName),
//            kubelet_pods.go makeMounts (mount paths made absolute with a C: drive)
//   containerd: internal/cri/opts/spec_windows_opts.go parseMount (paths cleaned, C: added)
//   hcsshim: internal/jobcontainers (jobcontainer.go, mounts.go, storage.go, logon.go, oci.go):
//            v0.9 (containerd 1.6): rootfs C:\C\<id>\, mounts symlinked under it;
//            v0.10+ (containerd 1.7+): a silo with the rootfs bound at C:\hpc\ and mounts bound
//            at their destination, when bindfltapi.dll exists; otherwise C:\hpc\<id>\ + links.
#include "hostprocess/quantity.hpp"
#include "hostprocess/windows_path.hpp"

#include <winnet/hostprocess/runtime.hpp>
#include <winnet/hostprocess/validation.hpp>

#include <algorithm>
#include <cctype>

namespace winnet::hostprocess {

namespace {

constexpr const char* token_path = "/var/run/secrets/kubernetes.io/serviceaccount";
constexpr const char* kubelet_pods = "C:\\var\\lib\\kubelet\\pods\\POD_UID\\volumes\\";
constexpr const char* mount_point_variable = "CONTAINER_SANDBOX_MOUNT_POINT";

bool effective_host_process(const PodSpec& spec, const Container& c) {
    if (c.security_context && c.security_context->windows_options &&
        c.security_context->windows_options->host_process) {
        return *c.security_context->windows_options->host_process;
    }
    const auto& psc = spec.security_context;
    return psc && psc->windows_options && psc->windows_options->host_process &&
           *psc->windows_options->host_process;
}

std::optional<std::string> effective_user(const PodSpec& spec, const Container& c) {
    if (c.security_context && c.security_context->windows_options &&
        c.security_context->windows_options->run_as_user_name) {
        return c.security_context->windows_options->run_as_user_name;
    }
    const auto& psc = spec.security_context;
    if (psc && psc->windows_options) {
        return psc->windows_options->run_as_user_name;
    }
    return std::nullopt;
}

std::string lower_without_spaces(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (c != ' ') {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

std::string upper_drive(std::string path) {
    if (path.size() >= 2 && path[1] == ':') {
        path[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(path[0])));
    }
    return path;
}

// hcsshim processToken: "NT AUTHORITY" (exactly) means a service logon of a built-in account;
// a name without a domain may be a local group; anything else is an interactive logon.
UserView classify_user(const std::optional<std::string>& name) {
    UserView u;
    if (!name) {
        u.account = Account::Unset;
        u.description =
            "runAsUserName is not set: containerd passes the image's user, and hcsshim must log "
            "that account on to the node; without one the container fails with \"failed to "
            "create user process token: empty username or group name passed\"";
        return u;
    }
    u.run_as_user_name = *name;
    const std::size_t slash = name->find('\\');
    if (slash == std::string::npos) {
        u.account = Account::LocalGroupOrUser;
        u.description =
            "a local group of that name gets a temporary local user (named after the first 20 "
            "characters of the container id, added to the group, deleted when the container "
            "exits; containerd 1.7+); otherwise a local user of that name, logged on without a "
            "password";
        return u;
    }
    const std::string domain = name->substr(0, slash);
    const std::string user = lower_without_spaces(name->substr(slash + 1));
    if (domain == "NT AUTHORITY") {
        if (user == "system") {
            u.account = Account::LocalSystem;
            u.description = "LocalSystem, the node's most privileged account: full control of "
                            "files, registry, services and the network stack";
            return u;
        }
        if (user == "localservice") {
            u.account = Account::LocalService;
            u.description = "LocalService, the least privileged of the three service accounts; "
                            "anonymous on the network";
            return u;
        }
        if (user == "networkservice") {
            u.account = Account::NetworkService;
            u.description = "NetworkService: limited rights on the node, the node's computer "
                            "account on the network";
            return u;
        }
    }
    u.account = Account::OtherUser;
    u.description = "not a built-in service account: hcsshim logs it on interactively without "
                    "a password";
    if (lower_without_spaces(domain) == "ntauthority") {
        u.description += " (hcsshim only treats the domain spelled exactly \"NT AUTHORITY\" as "
                         "the built-in service accounts)";
    }
    return u;
}

// The mount destination as hcsshim receives it: the kubelet adds "c:\" to relative paths
// (volumeutil.MakeAbsolutePath), containerd cleans the path and adds "C:" to rooted ones.
std::string mount_destination(const std::string& mount_path) {
    std::string dst = mount_path;
    if (dst.rfind("\\\\", 0) == 0) {
        return dst; // UNC and named pipe paths are passed through
    }
    const bool rooted = !dst.empty() && (dst[0] == '/' || dst[0] == '\\');
    const bool drive_absolute =
        dst.size() >= 3 && dst[1] == ':' && (dst[2] == '\\' || dst[2] == '/');
    if (!rooted && !drive_absolute && dst.find(':') == std::string::npos) {
        dst = "c:\\" + dst;
    }
    if (dst.size() == 2 && dst[1] == ':') {
        return upper_drive(dst);
    }
    dst = detail::clean_path(dst);
    if (!dst.empty() && dst[0] == '\\') {
        dst = "C:" + dst;
    }
    return upper_drive(dst);
}

// Where the kubelet keeps a volume's data on the node (root directory C:\var\lib\kubelet).
std::string host_source(const Volume* v, const std::string& volume_name) {
    if (v == nullptr) {
        return "(no volume of that name)";
    }
    if (v->source == "hostPath") {
        const std::string& p = v->host_path;
        if (p.rfind("\\\\", 0) == 0) {
            return p;
        }
        const bool rooted = !p.empty() && (p[0] == '/' || p[0] == '\\');
        return upper_drive(detail::clean_path(rooted ? "c:" + p : p));
    }
    static const std::pair<const char*, const char*> plugins[] = {
        {"configMap", "kubernetes.io~configmap"},
        {"secret", "kubernetes.io~secret"},
        {"projected", "kubernetes.io~projected"},
        {"downwardAPI", "kubernetes.io~downward-api"},
        {"emptyDir", "kubernetes.io~empty-dir"},
        {"csi", "kubernetes.io~csi"},
        {"serviceAccountToken", "kubernetes.io~projected"}};
    for (const auto& [source, plugin] : plugins) {
        if (v->source == source) {
            return std::string(kubelet_pods) + plugin + "\\" + volume_name;
        }
    }
    return "the " + v->source + " volume's mount, managed by the kubelet";
}

// hcsshim replaceWithMountPoint: %CONTAINER_SANDBOX_MOUNT_POINT% and
// $env:CONTAINER_SANDBOX_MOUNT_POINT become the root directory without its trailing backslash.
std::pair<std::string, bool> replace_mount_point(const std::string& s, const std::string& root) {
    const std::string value = root.substr(0, root.size() - 1);
    std::string out = s;
    for (const std::string& pattern : {std::string("%") + mount_point_variable + "%",
                                       std::string("$env:") + mount_point_variable}) {
        std::size_t pos = 0;
        while ((pos = out.find(pattern, pos)) != std::string::npos) {
            out.replace(pos, pattern.size(), value);
            pos += value.size();
        }
    }
    return {out, out != s};
}

// hcsshim CreateProcess: the working directory with and without file binding.
std::string working_directory(const std::string& dir, const std::string& root, bool bind) {
    if (dir.empty()) {
        return root;
    }
    auto [replaced, changed] = replace_mount_point(dir, root);
    if (changed || bind) {
        return replaced;
    }
    return detail::join_path(root, detail::remove_drive_letter(replaced));
}

MountView mount_view(const PodSpec& spec, const VolumeMount& m, const ContainerView& c) {
    MountView view;
    view.volume = m.name;
    const Volume* volume = nullptr;
    for (const Volume& v : spec.volumes) {
        if (v.name == m.name) {
            volume = &v;
        }
    }
    view.source = volume != nullptr ? volume->source : "missing";
    view.host_source = host_source(volume, m.name);
    view.mount_path = m.mount_path;
    view.destination = mount_destination(m.mount_path);
    view.read_only = m.read_only;
    const std::string stripped = detail::strip_drive_letter(view.destination);
    view.legacy_link = detail::join_path(c.legacy_root, stripped);
    view.silo_link = detail::join_path(c.silo_root, stripped);
    if (volume != nullptr && volume->source == "hostPath" &&
        volume->host_path.rfind("\\\\.\\pipe\\", 0) == 0) {
        view.error = "named pipe mounts not supported for job containers - interact with the "
                     "pipe directly";
    }
    return view;
}

std::string format_bytes(std::int64_t bytes) {
    constexpr std::int64_t mib = 1024 * 1024;
    if (bytes % (1024 * mib) == 0) {
        return std::to_string(bytes / (1024 * mib)) + " GiB";
    }
    return std::to_string(bytes / mib) + " MiB";
}

std::string cpu_text(std::int64_t maximum) {
    // Hundredths of a percent of all the node's processors.
    const std::int64_t whole = maximum / 100;
    const std::int64_t fraction = maximum % 100;
    std::string percent = std::to_string(whole);
    if (fraction != 0) {
        percent += "." + std::string(fraction < 10 ? "0" : "") + std::to_string(fraction);
        while (percent.back() == '0') {
            percent.pop_back();
        }
    }
    return "CPU rate " + std::to_string(maximum) + " (" + percent + "% of the node's processors)";
}

} // namespace

RuntimeView explain(const Workload& workload, const RuntimeOptions& options) {
    RuntimeView view;
    view.kind = workload.kind;
    view.name = workload.name;
    view.options = options;
    const PodSpec spec = defaulted(workload);
    const std::string sp = workload.spec_path();
    const auto visit = [&](const std::vector<Container>& list, const char* field) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Container& c = list[i];
            if (!effective_host_process(spec, c)) {
                continue;
            }
            view.host_process = true;
            ContainerView cv;
            cv.name = c.name;
            cv.path = sp + "." + field + "[" + std::to_string(i) + "]";
            cv.user = classify_user(effective_user(spec, c));
            cv.job_object = "JobContainer_" + options.container_id;
            if (c.cpu_limit) {
                const auto milli = detail::parse_quantity(*c.cpu_limit, 3).value_or(0);
                if (milli > 0 && options.node_cpus > 0) {
                    cv.cpu_maximum = std::clamp<std::int64_t>(
                        10 * milli / static_cast<std::int64_t>(options.node_cpus), 1, 10000);
                }
            }
            if (c.memory_limit) {
                const auto bytes = detail::parse_quantity(*c.memory_limit, 0).value_or(0);
                const std::int64_t mib = bytes > 0 ? bytes / 1024 / 1024 : 0;
                if (mib > 0) {
                    cv.memory_limit_bytes = mib * 1024 * 1024;
                }
            }
            cv.ports = c.ports;
            cv.legacy_root = "C:\\C\\" + options.container_id + "\\";
            cv.silo_root = "C:\\hpc\\";
            cv.legacy_working_directory = working_directory(c.working_dir, cv.legacy_root, false);
            cv.silo_working_directory = working_directory(c.working_dir, cv.silo_root, true);
            for (const VolumeMount& m : c.volume_mounts) {
                cv.mounts.push_back(mount_view(spec, m, cv));
            }
            // The ServiceAccount admission plugin adds the token volume when the pod is created,
            // unless the pod opts out or the path is already mounted.
            const bool token_mounted =
                std::any_of(c.volume_mounts.begin(), c.volume_mounts.end(),
                            [](const VolumeMount& m) { return m.mount_path == token_path; });
            if (spec.automount_service_account_token.value_or(true) && !token_mounted) {
                PodSpec with_token;
                with_token.volumes.push_back({"kube-api-access", "serviceAccountToken", "", ""});
                MountView token =
                    mount_view(with_token, {"kube-api-access", token_path, true, ""}, cv);
                token.implicit = true;
                cv.mounts.push_back(std::move(token));
            }
            view.containers.push_back(std::move(cv));
        }
    };
    visit(spec.init_containers, "initContainers");
    visit(spec.containers, "containers");
    visit(spec.ephemeral_containers, "ephemeralContainers");
    if (!view.host_process) {
        return view;
    }
    const auto selector = spec.node_selector.find("kubernetes.io/os");
    const bool selected = selector != spec.node_selector.end() && selector->second == "windows";
    const bool affinity = spec.affinity_os == std::vector<std::string>{"windows"};
    if (!selected && !affinity) {
        view.notes.emplace_back(
            "neither nodeSelector nor a required node affinity keeps the pod to "
            "kubernetes.io/os: windows: the scheduler may place it on a Linux node, where a "
            "Windows image cannot run (spec.os.name does not schedule)");
    }
    view.notes.emplace_back(
        "containerd 1.7+ on a node without the bind filter (no bindfltapi.dll): the image is "
        "mounted at C:\\hpc\\" +
        options.container_id + "\\ and volumes are symlinks under it, as with 1.6");
    return view;
}

std::string RuntimeView::to_text() const {
    std::string out;
    if (!host_process) {
        return "  no HostProcess containers: the pod runs in Windows Server containers, with "
               "its own network namespace\n";
    }
    out += "  HostProcess pod: its processes run on the node, in the node's network namespace "
           "(no pod network, no HNS endpoint: the pod IP is the node IP)\n";
    for (const ContainerView& c : containers) {
        out += "  container " + c.name + " (" + c.path + ")\n";
        out +=
            "    runs as: " +
            (c.user.run_as_user_name.empty() ? std::string("(not set)") : c.user.run_as_user_name) +
            ": " + c.user.description + "\n";
        std::string limits;
        if (c.cpu_maximum) {
            limits += cpu_text(*c.cpu_maximum);
        }
        if (c.memory_limit_bytes) {
            limits += (limits.empty() ? "" : ", ") + std::string("memory ") +
                      format_bytes(*c.memory_limit_bytes);
        }
        out += "    job object: " + c.job_object + "; limits for all its processes together: " +
               (limits.empty() ? std::string("none") : limits) + "\n";
        if (!c.ports.empty()) {
            std::string ports;
            for (const ContainerPort& p : c.ports) {
                ports += (ports.empty() ? "" : ", ") + std::to_string(p.container_port) + "/" +
                         (p.protocol.empty() ? std::string("TCP") : p.protocol);
            }
            out += "    listens on the node's ports: " + ports + "\n";
        }
        out += "    CONTAINER_SANDBOX_MOUNT_POINT (the image's files):\n";
        out += "      containerd 1.7+: " + c.silo_root +
               " (bound in the container's silo, invisible to other processes)\n";
        out += "      containerd 1.6:  " + c.legacy_root +
               " (a volume mount point on the node, visible to every process)\n";
        out += "    working directory:\n";
        out += "      containerd 1.7+: " + c.silo_working_directory + "\n";
        out += "      containerd 1.6:  " + c.legacy_working_directory + "\n";
        for (const MountView& m : c.mounts) {
            if (m.implicit) {
                out += "    mount " + m.volume +
                       ": the service-account token (added when the pod "
                       "is created) at " +
                       m.mount_path + "\n";
            } else {
                out += "    mount " + m.volume + ": " + m.source + " at " + m.mount_path +
                       (m.read_only ? " (read-only)" : "") + "\n";
            }
            out += "      on the node: " + m.host_source + "\n";
            if (!m.error.empty()) {
                out += "      fails: " + m.error + "\n";
                continue;
            }
            out += "      containerd 1.7+: " + m.destination +
                   " (bound, for this container only), also " + m.silo_link + "\n";
            out += "      containerd 1.6:  " + m.legacy_link + " (a symlink" +
                   (m.read_only ? "; read-only is not enforced" : "") + ")\n";
            if (m.implicit) {
                out += "      rest.InClusterConfig() reads /var/run/secrets/...: found with "
                       "containerd 1.7+, not with 1.6\n";
            }
        }
    }
    if (!notes.empty()) {
        out += "  notes:\n";
        for (const std::string& n : notes) {
            out += "    - " + n + "\n";
        }
    }
    return out;
}

} // namespace winnet::hostprocess
