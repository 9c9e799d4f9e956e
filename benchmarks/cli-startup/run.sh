#!/usr/bin/env bash
# CLI start-up, as a whole process: the packed tool's `assess` on a shipped case (packed and installed as the README
# says, into a throwaway tool path) against an empty console app (Hello World) published on the same runtime, in one
# hyperfine run. Prints a Markdown table with wall-clock and CPU (user + system) means and the ratios, and checks that the
# tool's output is the one `dotnet run` gives.
#   benchmarks/cli-startup/run.sh [runs] [case]         (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-30}
case=${2:-samples/cases/two-person-sexting.json}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== packing the tool and installing it (Release, the project's own pack settings)" >&2
dotnet pack samples/Sensoa.Flags.Cli -c Release -o "$out/pkg" > "$out/pack-cli.log" 2>&1 || { cat "$out/pack-cli.log" >&2; exit 1; }
dotnet tool install sensoa-flags --prerelease --tool-path "$out/tool" --add-source "$out/pkg" > "$out/install.log" 2>&1 || { cat "$out/install.log" >&2; exit 1; }
installed=$(cd "$out/tool/.store/sensoa-flags" && ls -d */*/ | cut -d/ -f2 | grep -vx sensoa-flags || echo sensoa-flags)
echo "   installed package: $installed" >&2
mkdir -p "$out/empty"
cp benchmarks/cli-startup/EmptyConsole.csproj.txt "$out/empty/EmptyConsole.csproj"
echo 'System.Console.WriteLine("Hello, World!");' > "$out/empty/Program.cs"
dotnet publish "$out/empty" -c Release -o "$out/empty/bin-publish" > "$out/publish-empty.log" 2>&1 || { cat "$out/publish-empty.log" >&2; exit 1; }

echo "== checking the tool's output against dotnet run's" >&2
"$out/tool/sensoa-flags" assess "$case" > "$out/tool.json"
dotnet run -c Release --project samples/Sensoa.Flags.Cli -- assess "$case" > "$out/run.json" 2> /dev/null
cmp "$out/tool.json" "$out/run.json" || { echo "the tool's output differs from dotnet run's" >&2; exit 1; }

echo "== measuring ($runs runs each after 3 warm-ups)" >&2
hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/times.json" --style none \
  -n empty-console "$out/empty/bin-publish/EmptyConsole" \
  -n "sensoa-flags assess" "$out/tool/sensoa-flags assess $case" > /dev/null

python3 - "$out/times.json" "$(dotnet --list-runtimes | grep NETCore.App | tail -1)" "$case" "$installed" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))["results"]
empty, cli = data[0], data[1]
def ms(x): return x * 1000
print(f"runtime: {sys.argv[2]}; case: {sys.argv[3]}; tool package: {sys.argv[4]}; {len(cli['times'])} runs each")
print()
print("| command | wall mean ms | wall median ms | wall min ms | CPU (user+sys) mean ms |")
print("|---|---:|---:|---:|---:|")
for r in (empty, cli):
    print(f"| {r['command']} | {ms(r['mean']):.1f} | {ms(r['median']):.1f} | {ms(r['min']):.1f} | {ms(r['user'] + r['system']):.1f} |")
print()
print(f"ratio (CLI / empty): wall mean {cli['mean'] / empty['mean']:.2f}x, wall median {cli['median'] / empty['median']:.2f}x, "
      f"wall min {cli['min'] / empty['min']:.2f}x, CPU {(cli['user'] + cli['system']) / (empty['user'] + empty['system']):.2f}x")
PY
