print("peakmem-bench")
