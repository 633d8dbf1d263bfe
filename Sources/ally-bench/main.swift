print("ally-bench")
