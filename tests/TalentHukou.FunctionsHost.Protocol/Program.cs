using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;

// Usage: <output.pb>. Writes a FileDescriptorSet of the worker protocol (FunctionRpc.proto) and every file it imports,
// dependencies first, as protoc's --descriptor_set_in expects.
var assembly = Assembly.Load("Microsoft.Azure.Functions.Worker.Grpc");
var reflection = assembly.GetType(
    "Microsoft.Azure.Functions.Worker.Grpc.Messages.FunctionRpcReflection",
    throwOnError: true)!;
var root = (FileDescriptor)reflection
    .GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!
    .GetValue(null)!;

var ordered = new List<FileDescriptor>();
Visit(root);
var set = new FileDescriptorSet();
set.File.AddRange(ordered.Select(file => FileDescriptorProto.Parser.ParseFrom(file.SerializedData)));
File.WriteAllBytes(args[0], set.ToByteArray());
Console.WriteLine($"{root.Name}: {ordered.Count} files");

void Visit(FileDescriptor file)
{
    if (ordered.Any(known => known.Name == file.Name)) return;
    foreach (var dependency in file.Dependencies) Visit(dependency);
    ordered.Add(file);
}
