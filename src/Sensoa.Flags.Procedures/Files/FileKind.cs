namespace Sensoa.Flags.Procedures.Files;

/// <summary>What a path names, as far as writing a case file over it is concerned.</summary>
internal enum FileKind
{
    /// <summary>Nothing: the path is free.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link (not followed).</summary>
    SymbolicLink,

    /// <summary>A named pipe (FIFO), a device node or a socket: writing a file there would hang, reach a device, or replace it.</summary>
    Special,
}
