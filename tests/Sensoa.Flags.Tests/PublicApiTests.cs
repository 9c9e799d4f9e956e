using System.Reflection;
using System.Text;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests;

/// <summary>
/// The public API of every shipped assembly, listed by reflection into <c>api/*.txt</c>: any public change shows up in
/// review as a diff of that file. Regenerate as the failure message says.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void SensoaFlags_PublicApi_MatchesSnapshot() =>
        Snapshot.Verify("api/Sensoa.Flags.txt", Describe(typeof(SensoaJson).Assembly));

    [Fact]
    public void SensoaFlagsRules_PublicApi_MatchesSnapshot() =>
        Snapshot.Verify("api/Sensoa.Flags.Rules.txt", Describe(typeof(FlagAssessor).Assembly));

    [Fact]
    public void SensoaFlagsProcedures_PublicApi_MatchesSnapshot() =>
        Snapshot.Verify("api/Sensoa.Flags.Procedures.txt", Describe(typeof(Procedures.Logbook.IEvidenceLogbook).Assembly));

    [Fact]
    public void PublicClasses_SealedOrStatic()
    {
        var open = new[] { typeof(SensoaJson).Assembly, typeof(FlagAssessor).Assembly, typeof(Procedures.Logbook.IEvidenceLogbook).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName);
        open.Should().BeEmpty("public classes are sealed unless designed for inheritance");
    }

    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeKind(type)).Append(' ').Append(Name(type));
            var bases = Bases(type);
            if (bases.Count > 0)
            {
                text.Append(" : ").Append(string.Join(", ", bases));
            }

            text.Append('\n');
            foreach (var member in Members(type))
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static List<string> Bases(Type type)
    {
        var bases = new List<string>();
        if (type.IsEnum)
        {
            return bases;
        }

        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces()
            .Where(i => i.IsPublic || i.IsNestedPublic)
            .Select(i => Name(i))
            .Order(StringComparer.Ordinal));
        return bases;
    }

    private static IEnumerable<string> Members(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.IsEnum)
        {
            return type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var members = new List<(string Name, string Line)>();
        foreach (var member in type.GetMembers(flags))
        {
            var line = member switch
            {
                ConstructorInfo c => $"ctor({Parameters(c)})",
                MethodInfo m when !m.IsSpecialName && !IsCompilerGenerated(m) =>
                    $"{Static(m.IsStatic)}{Name(m.ReturnType, Nullability.Create(m.ReturnParameter))} {m.Name}{Generic(m)}({Parameters(m)})",
                PropertyInfo p => $"{Static(p.GetMethod?.IsStatic ?? p.SetMethod!.IsStatic)}{Name(p.PropertyType, Nullability.Create(p))} {p.Name}{Indexer(p)} {{ {Accessors(p)}}}",
                FieldInfo f => $"{(f.IsLiteral ? "const " : Static(f.IsStatic))}{Name(f.FieldType, Nullability.Create(f))} {f.Name}",
                EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
                _ => null,
            };
            if (line is not null)
            {
                members.Add((member.Name, line));
            }
        }

        return members.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Line, StringComparer.Ordinal).Select(m => m.Line);
    }

    private static bool IsCompilerGenerated(MethodInfo method) =>
        method.Name is "<Clone>$" || method.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute));

    private static string Static(bool isStatic) => isStatic ? "static " : string.Empty;

    private static string Generic(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Indexer(PropertyInfo property)
    {
        var index = property.GetIndexParameters();
        return index.Length == 0 ? string.Empty : "[" + string.Join(", ", index.Select(p => Name(p.ParameterType))) + "]";
    }

    private static string Accessors(PropertyInfo property)
    {
        var text = new StringBuilder();
        if (property.GetMethod is { IsPublic: true })
        {
            text.Append("get; ");
        }

        if (property.SetMethod is { IsPublic: true } setter)
        {
            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            text.Append(isInit ? "init; " : "set; ");
        }

        return text.ToString();
    }

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.ParameterType.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : string.Empty)
            + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, Nullability.Create(p))
            + " " + p.Name
            + (p.HasDefaultValue ? " = " + (p.DefaultValue?.ToString() ?? "null") : string.Empty)));

    private static string TypeKind(Type type) =>
        type.IsInterface ? "interface"
        : type.IsEnum ? "enum"
        : type.IsValueType ? "struct"
        : type.IsAbstract && type.IsSealed ? "static class"
        : type.GetMethod("<Clone>$") is not null ? (type.IsSealed ? "sealed record" : "record")
        : type.IsSealed ? "sealed class"
        : type.IsAbstract ? "abstract class"
        : "class";

    private static string Name(Type type, NullabilityInfo? nullability = null)
    {
        var nullable = !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsGenericParameter)
        {
            return type.Name + nullable;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + nullable;
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is null ? type.Name : type.Namespace + "." + type.Name);
        if (!type.IsGenericType)
        {
            return name + nullable;
        }

        var arguments = type.GetGenericArguments();
        var argumentNullability = nullability?.GenericTypeArguments;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick < 0 ? name : name[..tick])
            + "<" + string.Join(", ", arguments.Select((a, i) => Name(a, argumentNullability is { Length: > 0 } n && i < n.Length ? n[i] : null))) + ">"
            + nullable;
    }
}
